/**
 * The story editor as a workspace: what one person may do on one story now and, for what they may not, why
 * (capabilities with reasons), merging of conflicting saves, presence, and the editor screen itself.
 */
package org.newsdesk.editor;
