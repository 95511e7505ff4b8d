/** Holds stories: their content in each of the desk's languages, their immutable revisions, and the sources they come from. */
package org.newsdesk.story;
