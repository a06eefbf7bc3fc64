package org.tomatic.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors nothing else answered (an address that does not exist, a method it does not take, a server error…)
 * in the app's own words: a page in the layout for the browser, and for the API a JSON body whose {@code message}
 * is a sentence, never an exception's text.
 */
@Component
class ErrorWords extends DefaultErrorAttributes implements ErrorViewResolver {

    /** The kinds the bundles have words for ({@code error.<kind>.title}, {@code .explain}). */
    static String kind(int status) {
        return switch (status) {
            case 400, 403, 404, 405, 409, 413 -> String.valueOf(status);
            default -> status >= 500 ? "500" : "400";
        };
    }

    static String sentence(int status) {
        return switch (kind(status)) {
            case "403" -> "Your role does not allow this.";
            case "404" -> "There is no such page or record.";
            case "405" -> "This address does not take that kind of request.";
            case "409" -> "Someone else changed it meanwhile; reload to see their change.";
            case "413" -> "The upload is too big.";
            case "500" -> "Something went wrong on Tomatic's side; it has been logged. Try again in a moment.";
            default -> "The request was not accepted: check what you sent.";
        };
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object status = attributes.get("status");
        if (status instanceof Integer code) {
            attributes.put("message", sentence(code));
        }
        attributes.remove("trace");
        attributes.remove("exception");
        return attributes;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        ModelAndView view = new ModelAndView("error/error", status);
        view.addAllObjects(model);
        view.addObject("kind", kind(status.value()));
        return view;
    }
}
