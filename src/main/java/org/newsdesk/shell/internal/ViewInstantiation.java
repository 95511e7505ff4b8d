package org.newsdesk.shell.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringInstantiator;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;

/**
 * Builds the screens (views, the main layout, their components) with their services passed to
 * their constructors, and nothing more: not through Spring's full bean creation. That one runs
 * every bean post-processor on every new screen, and since each view carries {@code @RolesAllowed}
 * for Vaadin's navigation access control, method security's auto-proxy creator matched every
 * method of the view's class hierarchy against its advisors and wrapped the view in a proxy,
 * on every navigation: about two thirds of the server time of opening a story (JFR, see the
 * README's editors benchmark). Who may open a view is still decided by Vaadin's navigation access
 * control from the same annotation, before the view is built; the services the views call keep
 * their own {@code @RolesAllowed}, enforced by method security. Screens use constructor injection
 * only (no {@code @PostConstruct}, no Aware callbacks); a Spring bean of a component type is still
 * handed over as Spring builds it.
 */
@org.springframework.stereotype.Component
class ViewInstantiation implements InstantiatorFactory {

    private final ApplicationContext context;

    ViewInstantiation(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        AutowireCapableBeanFactory beans = context.getAutowireCapableBeanFactory();
        return new SpringInstantiator(service, context) {
            @Override
            public <T> T getOrCreate(Class<T> type) {
                return Component.class.isAssignableFrom(type) && context.getBeanNamesForType(type).length == 0 ? build(type) : super.getOrCreate(type);
            }

            @Override
            public <T extends Component> T createComponent(Class<T> type) {
                return build(type);
            }

            private <T> T build(Class<T> type) {
                T screen = type.cast(beans.autowire(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
                beans.autowireBean(screen); // any annotated field or setter, as Spring would fill them
                return screen;
            }
        };
    }
}
