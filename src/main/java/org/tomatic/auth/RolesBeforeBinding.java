package org.tomatic.auth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a handler's {@code @PreAuthorize("hasRole('X')")} before its parameters are read: method security
 * alone runs after binding, so a role that may not would get "400 bad parameter" (or a type error) instead
 * of 403 for a request with missing or odd parameters. Method security stays, as the second check.
 */
@Component
@ConditionalOnWebApplication
class RolesBeforeBinding implements HandlerInterceptor, WebMvcConfigurer {

    private static final Pattern HAS_ROLE = Pattern.compile("hasRole\\('([A-Z_]+)'\\)");

    private final RoleHierarchy roles;

    RolesBeforeBinding(RoleHierarchy roles) {
        this.roles = roles;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
            }
            Matcher role = rule == null ? null : HAS_ROLE.matcher(rule.value());
            if (role != null && role.matches() && !has("ROLE_" + role.group(1))) {
                throw new AccessDeniedException("Your role does not allow this.");
            }
        }
        return true;
    }

    private boolean has(String authority) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && roles.getReachableGrantedAuthorities(auth.getAuthorities()).stream()
            .anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
