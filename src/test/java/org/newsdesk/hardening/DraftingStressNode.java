package org.newsdesk.hardening;

import java.util.Arrays;
import java.util.List;

import org.newsdesk.NewsdeskApplication;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.story.StoryId;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A Newsdesk node for {@link DraftingStressBenchmark}: the packaged jar's own application, started
 * from the jar (so its classes load from the packed jar, as in production), which starts the drafts
 * of the stories named in {@code NEWSDESK_STRESS_STORIES} as the editor the moment it is up. Not a
 * test; the benchmark runs it in a JVM of its own.
 */
public final class DraftingStressNode {

    private DraftingStressNode() {}

    public static void main(String[] args) {
        ConfigurableApplicationContext app = SpringApplication.run(NewsdeskApplication.class, args);
        List<StoryId> stories = Arrays.stream(System.getenv("NEWSDESK_STRESS_STORIES").split(",")).map(s -> new StoryId(Long.parseLong(s))).toList();
        UserDetails editor = app.getBean(UserDetailsService.class).loadUserByUsername("editor");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(editor, null, editor.getAuthorities()));
        DraftingService drafting = app.getBean(DraftingService.class);
        stories.forEach(drafting::start);
        System.out.println("STRESS NODE: started " + stories.size() + " drafts");
    }
}
