/** The editor screen: it renders what the editor module's capabilities say and checks no role or state itself. */
package org.newsdesk.editor.ui;
