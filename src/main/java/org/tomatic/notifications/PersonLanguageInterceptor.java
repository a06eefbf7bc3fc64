package org.tomatic.notifications;

import org.springframework.beans.factory.ObjectProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** When a logged-in person switches the pages' language ({@code ?lang=ca|en}), their messages follow. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PersonLanguageInterceptor implements WebMvcConfigurer, HandlerInterceptor {

    /** Looked up when used: web-layer test slices have no repositories. */
    private final ObjectProvider<PersonLanguages> languages;

    PersonLanguageInterceptor(ObjectProvider<PersonLanguages> languages) {
        this.languages = languages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
                languages.ifAvailable(l -> l.remember(auth.getName(), lang));
            }
        }
        return true;
    }
}
