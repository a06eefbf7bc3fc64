package org.tomatic.calls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Without {@code tomatic.calls.incoming-token} the webhook does not exist. */
class IncomingCallControllerTests {

    @Test
    void noTokenConfiguredMeansNotFound() {
        IncomingCallController controller = new IncomingCallController(null, new CallsProperties(""));
        assertThat(controller.form("Bearer anything", "600112233", "201", null).getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(controller.form(null, "600112233", "201", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void csvFieldsAreQuotedAndFormulasDefused() {
        assertThat(CallReportController.csvField("a,b")).isEqualTo("\"a,b\"");
        assertThat(CallReportController.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CallReportController.csvField("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CallReportController.csvField("+34600112233")).isEqualTo("+34600112233");
        assertThat(CallReportController.csvField(null)).isEmpty();
    }
}
