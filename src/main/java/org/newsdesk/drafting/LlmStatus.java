package org.newsdesk.drafting;

/** Whether drafting can run, and if not, exactly which settings to give. */
public record LlmStatus(boolean configured, String provider, String model, String baseUrl, String help) {

    public static final String HOW_TO_CONFIGURE = "AI drafting is not configured. Set NEWSDESK_LLM_BASE_URL to an OpenAI-compatible "
            + "endpoint ending in /v1 (for example https://api.openai.com/v1 or http://localhost:11434/v1), NEWSDESK_LLM_MODEL to the "
            + "model name (for example gpt-4o-mini), and NEWSDESK_LLM_API_KEY to its key if it needs one, then restart Newsdesk.";
}
