/** Moves stories through the editorial workflow: transitions, the role policy, four eyes, and the audit log. */
package org.newsdesk.workflow;
