/** Admin screens of AI drafting: prompt templates and cost. */
package org.newsdesk.drafting.ui;
