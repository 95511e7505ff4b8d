/** Knows who works the desk: users, their roles, login and logout. */
package org.newsdesk.identity;
