package org.tomatic.system;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.ui.Model;

@Controller
class ErrorController {

    @GetMapping("/error/403")
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
}
