package org.newsdesk;

import org.newsdesk.platform.NewsdeskProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Newsdesk: an editorial CMS where an LLM drafts and people check, approve and publish. */
@SpringBootApplication
@EnableConfigurationProperties(NewsdeskProperties.class)
public class NewsdeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(NewsdeskApplication.class, args);
    }
}
