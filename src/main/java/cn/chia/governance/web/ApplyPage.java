package cn.chia.governance.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The applicants' page, static/apply/, at /apply. */
@Configuration(proxyBeanMethods = false)
class ApplyPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/apply", "/apply/");
        registry.addViewController("/apply/").setViewName("forward:/apply/index.html");
    }
}
