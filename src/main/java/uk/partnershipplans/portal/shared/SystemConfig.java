package uk.partnershipplans.portal.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.webjars.WebJarVersionLocator;

@Configuration(proxyBeanMethods = false)
class SystemConfig implements WebMvcConfigurer {

    /** The version of GOV.UK Frontend on the class path, which {@code static/js/portal.mjs} names in its import. */
    static final String GOVUK_FRONTEND = new WebJarVersionLocator().version("govuk-frontend");
    private static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final ObjectProvider<PartnershipsApart> partnershipsApart;

    SystemConfig(ObjectProvider<PartnershipsApart> partnershipsApart) {
        this.partnershipsApart = partnershipsApart;
    }

    /** The one clock, in the portal's one time zone: "today" is the day in the United Kingdom. */
    @Bean
    Clock clock() {
        return Clock.system(Dates.UK_TIME);
    }

    /** Pages are rendered as {@link KeptView}s, which write a kept content into its layout. */
    @Bean
    static BeanPostProcessor keptViews() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ThymeleafViewResolver views) {
                    views.setViewClass(KeptView.class);
                }
                return bean;
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SavedNotice());
        registry.addInterceptor(partnershipsApart.getObject());
    }

    /**
     * The static files, each under its own prefix so that a link to a page is never looked up among them (the
     * {@code ResourceUrlEncodingFilter} tries every link of a page against every handler whose pattern matches it).
     * A browser keeps for a year every file whose address changes with its content, and so never asks for it again
     * while the page's links name the same file:
     * <ul>
     * <li>the portal's styles and script, whose links carry a digest of their content ({@code portal-<digest>.css});</li>
     * <li>GOV.UK Frontend's files, whose links carry the version of GOV.UK Frontend ({@link #GOVUK_FRONTEND});</li>
     * <li>GOV.UK Frontend's fonts, whose names carry their digest.</li>
     * </ul>
     * GOV.UK Frontend's images are named without a digest: the browser asks each time whether they changed.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : List.of("css", "js")) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(FOR_A_YEAR)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(FOR_A_YEAR)
                .resourceChain(true);
        String assets = "classpath:/META-INF/resources/webjars/govuk-frontend/" + GOVUK_FRONTEND + "/dist/govuk/assets/";
        registry.addResourceHandler("/assets/fonts/**")
                .addResourceLocations(assets + "fonts/")
                .setCacheControl(FOR_A_YEAR);
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(assets)
                .setCacheControl(CacheControl.noCache());
    }
}
