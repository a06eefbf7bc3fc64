package org.tomatic.calls;

import java.util.List;

import org.springframework.stereotype.Component;

/** Call categories for the demo, so calls can be typified from the first start (admins change them). */
@Component
public class DemoCategories {

    static final List<CallCategory> CATEGORIES = List.of(
        new CallCategory("INVOICE", "Factura / Invoice", "factura invoice import bill cobrament", "ffcc80", true, 0),
        new CallCategory("UNPAID", "Impagament / Unpaid", "deute debt impagada retorn rebut", "ef9a9a", true, 0),
        new CallCategory("CONTRACT", "Alta o canvi de contracte / New or changed contract", "alta canvi titular tarifa contracte", "a5d6a7", true, 0),
        new CallCategory("CANCEL", "Baixa / Cancellation", "baixa cancel·lar cancel", "b0bec5", true, 0),
        new CallCategory("READING", "Lectura / Meter reading", "lectura comptador meter reading", "90caf9", true, 0),
        new CallCategory("OUTAGE", "Avaria o tall / Outage", "tall llum avaria outage", "ce93d8", true, 0),
        new CallCategory("MEMBER", "Sòcia / Membership", "sòcia soci member aportació", "fff59d", true, 0),
        new CallCategory("OTHER", "Altres / Other", "altres other consulta", "e0e0e0", true, 0));

    private final CategoryRepository categories;

    public DemoCategories(CategoryRepository categories) {
        this.categories = categories;
    }

    /** Adds the demo categories when there are none; answers how many it added. */
    public int load() {
        if (!categories.all().isEmpty()) {
            return 0;
        }
        CATEGORIES.forEach(categories::insert);
        return CATEGORIES.size();
    }
}
