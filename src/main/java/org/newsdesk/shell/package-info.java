/** Frames the editorial app: main layout, navigation, theme, and error messages people can act on. */
package org.newsdesk.shell;
