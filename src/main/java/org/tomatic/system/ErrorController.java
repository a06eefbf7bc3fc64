package org.tomatic.system;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.ui.Model;

@Controller
class ErrorController {

    /** Every method: a refused POST is forwarded here as a POST, and must get this page, not a 405. */
    @RequestMapping("/error/403")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "system/forbidden";
    }

    /** Unknown records become a 404 page rather than a stack trace. */
    @ControllerAdvice
    static class NotFoundAdvice {
        @ExceptionHandler(NotFoundException.class)
        @ResponseStatus(HttpStatus.NOT_FOUND)
        String notFound(NotFoundException e, Model model) {
            model.addAttribute("message", e.getMessage());
            return "system/not-found";
        }
    }

    /**
     * Input a page did not handle itself (a text over its maximum, see {@link TextLimits}...) is a 400 page with
     * the sentence, not a server error. Pages that show their errors in the form or as a flash message catch
     * {@link ValidationException} themselves and never get here.
     */
    @ControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class ValidationAdvice {
        @ExceptionHandler(ValidationException.class)
        @ResponseStatus(HttpStatus.BAD_REQUEST)
        String badRequest(ValidationException e, Model model) {
            model.addAttribute("message", e.getMessage());
            return "system/bad-request";
        }
    }

    /** A change refused because someone else changed the record meanwhile, where no page caught it: 409. */
    @ControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class ConflictAdvice {
        @ExceptionHandler(ConflictException.class)
        @ResponseStatus(HttpStatus.CONFLICT)
        String conflict(Model model) {
            model.addAttribute("kind", "409");
            model.addAttribute("status", 409);
            return "error/error";
        }
    }

    /** A form post without its file (a hand-made request: the pages' forms always send one) is a 400 too. */
    @ControllerAdvice
    static class MissingFileAdvice {
        @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
        @ResponseStatus(HttpStatus.BAD_REQUEST)
        String badRequest(Model model) {
            model.addAttribute("message", "Choose a file to upload.");
            return "system/bad-request";
        }
    }

    /** The same for the JSON API: 400 {@code {"error": "…"}}, like the API's other errors. */
    @RestControllerAdvice(annotations = RestController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class ApiValidationAdvice {
        @ExceptionHandler(ValidationException.class)
        ResponseEntity<Map<String, Object>> badRequest(ValidationException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage(), "message", e.getMessage()));
        }
    }
}
