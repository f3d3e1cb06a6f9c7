package uk.partnershipplans.portal.shared;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

@Configuration(proxyBeanMethods = false)
class SystemConfig implements WebMvcConfigurer {

    private final ObjectProvider<PartnershipsApart> partnershipsApart;

    SystemConfig(ObjectProvider<PartnershipsApart> partnershipsApart) {
        this.partnershipsApart = partnershipsApart;
    }

    /** The one clock, in the portal's one time zone: "today" is the day in the United Kingdom. */
    @Bean
    Clock clock() {
        return Clock.system(Dates.UK_TIME);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SavedNotice());
        registry.addInterceptor(partnershipsApart.getObject());
    }

    /**
     * GOV.UK Frontend's stylesheet asks for its fonts and images under /assets/. Like the other static files (see
     * spring.web.resources.cache in application.yml) they may be kept by the browser, which asks whether they changed.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/")
                .setCacheControl(CacheControl.noCache());
    }
}
