/** Drafts story content with an LLM in the background: prompts, streaming, validation, provenance and failures. */
package org.newsdesk.drafting;
