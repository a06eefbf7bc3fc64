package org.tomatic.callinfo.embedded;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.tomatic.callinfo.Contract;
import org.tomatic.callinfo.embedded.CustomerBatch.CaseRow;
import org.tomatic.callinfo.embedded.CustomerBatch.ContractRow;
import org.tomatic.callinfo.embedded.CustomerBatch.CustomerRow;
import org.tomatic.callinfo.embedded.CustomerBatch.InvoiceRow;
import org.tomatic.callinfo.embedded.CustomerBatch.Party;
import org.tomatic.callinfo.embedded.CustomerBatch.ReadingRow;

/**
 * Made-up customers for the demo and the benchmark, the same for the same seed whatever the chunks
 * they are asked in: customer {@code i} has number {@link #customerNumber}, mobile {@link #mobile}
 * (unique up to 100 000 000 customers, never starting with 7), one or two contracts, and with
 * {@code details} a year of monthly invoices and readings and now and then an open case.
 */
public final class SyntheticCustomers {

    private static final String[] GIVEN = {"Anna", "Jordi", "Núria", "Pau", "Marta", "Joan", "Laia", "Marc", "Montserrat",
        "Xavier", "Mercè", "Àlex", "Carme", "Josep", "Eulàlia", "Iñaki", "Begoña", "José", "María", "Lucía", "Raúl",
        "Sílvia", "Ramon", "Júlia", "Òscar", "Pilar", "Francesc", "Roser", "David", "Elena"};
    private static final String[] SURNAMES = {"Puig", "Garcia", "Martínez", "Vila", "Soler", "Ferrer", "Roca", "Serra",
        "Font", "Sala", "Pujol", "Casas", "Vidal", "Bosch", "Riera", "Col·lell", "Fernández", "López", "Sánchez",
        "Pérez", "Gómez", "Ruiz", "Díaz", "Muñoz", "Castells", "Mas", "Camps", "Torrents", "d'Alòs", "Ibáñez"};
    private static final String[] STREETS = {"Carrer Major", "Carrer de la Pau", "Avinguda Diagonal", "Rambla Nova",
        "Carrer del Sol", "Plaça de la Vila", "Carrer de Sant Pere", "Calle Mayor", "Passeig de Gràcia", "Carrer Nou"};
    private static final String[] TOWNS = {"08001 Barcelona", "17001 Girona", "25001 Lleida", "43001 Tarragona",
        "08221 Terrassa", "08201 Sabadell", "08301 Mataró", "46001 València", "07001 Palma", "08500 Vic"};
    private static final String[] TARIFFS = {"2.0TD", "2.0TD", "2.0TD", "3.0TD", "6.1TD"};
    private static final String[] CASES = {"Reclamació de factura", "Canvi de potència", "Lectura estimada incorrecta",
        "Canvi de titular", "Alta de nou subministrament", "Fraccionament de deute"};
    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    private final long seed;
    private final LocalDate today;

    public SyntheticCustomers(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    public static String customerNumber(int i) {
        return String.format("S%07d", i);
    }

    /** A distinct 9-digit mobile number per customer: a bijection of i on 8 digits after a 6. */
    public static String mobile(int i) {
        return "6" + String.format("%08d", Math.floorMod(i * 48_271L + 12_345L, 100_000_000L));
    }

    static String landline(int i) {
        return "93" + String.format("%07d", Math.floorMod(i * 7_919L + 4_321L, 10_000_000L));
    }

    static String contractNumber(int i, int k) {
        return String.format("%07d", 2 * i + k);
    }

    public static String nif(int n) {
        int digits = Math.floorMod(n, 100_000_000);
        return String.format("%08d%c", digits, NIF_LETTERS.charAt(digits % 23));
    }

    /** Customers {@code from} (inclusive) to {@code to} (exclusive). */
    public CustomerBatch batch(int from, int to, boolean details) {
        List<CustomerRow> customers = new ArrayList<>();
        List<ContractRow> contracts = new ArrayList<>();
        List<InvoiceRow> invoices = new ArrayList<>();
        List<ReadingRow> readings = new ArrayList<>();
        List<CaseRow> cases = new ArrayList<>();
        for (int i = from; i < to; i++) {
            SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
            String given = GIVEN[r.nextInt(GIVEN.length)];
            String surname1 = SURNAMES[r.nextInt(SURNAMES.length)];
            String surname2 = SURNAMES[r.nextInt(SURNAMES.length)];
            String name = given + " " + surname1 + " " + surname2;
            String number = customerNumber(i);
            List<String> phones = new ArrayList<>(List.of(mobile(i)));
            if (r.nextInt(10) < 4) {
                phones.add(landline(i));
            }
            List<String> emails = r.nextInt(10) < 7
                ? List.of(Normalise.name(given).replace(" ", "") + "." + Normalise.name(surname1).replace(" ", "") + i
                    + "@example.com")
                : List.of();
            String address = STREETS[r.nextInt(STREETS.length)] + ", " + (1 + r.nextInt(200)) + ", "
                + TOWNS[r.nextInt(TOWNS.length)];
            customers.add(new CustomerRow(number, name, nif(i * 7_777 + 1_234), r.nextInt(10) < 6,
                r.nextInt(10) < 7 ? "ca" : "es", phones, emails, List.of(address), null));
            int count = r.nextInt(10) < 3 ? 2 : 1;
            boolean debtor = r.nextInt(100) < 8;
            for (int k = 0; k < count; k++) {
                String contract = contractNumber(i, k);
                int roll = r.nextInt(100);
                Contract.Status status = roll < 85 ? Contract.Status.ACTIVE
                    : roll < 90 ? Contract.Status.PENDING : Contract.Status.CANCELLED;
                LocalDate start = today.minusDays(30 + r.nextInt(3_000));
                LocalDate end = status == Contract.Status.CANCELLED ? start.plusDays(r.nextInt(
                    (int) Math.max(1, today.toEpochDay() - start.toEpochDay()))) : null;
                boolean suspended = status == Contract.Status.ACTIVE && r.nextInt(100) < 3;
                String pending = status == Contract.Status.PENDING ? "Pendent d'activació per la distribuïdora"
                    : r.nextInt(100) < 4 ? "Canvi de titular sol·licitat" : null;
                List<Party> parties = new ArrayList<>(List.of(new Party(number, Contract.Role.HOLDER)));
                if (i > from && r.nextInt(100) < 5) {
                    parties.add(new Party(customerNumber(i - 1), Contract.Role.PAYER));
                } else {
                    parties.add(new Party(number, Contract.Role.PAYER));
                }
                String supply = k == 0 ? address : STREETS[r.nextInt(STREETS.length)] + ", " + (1 + r.nextInt(200)) + ", "
                    + TOWNS[r.nextInt(TOWNS.length)];
                contracts.add(new ContractRow(contract, status, start, end, supply, TARIFFS[r.nextInt(TARIFFS.length)],
                    pending, suspended, parties));
                if (status == Contract.Status.PENDING) {
                    continue;
                }
                int months = details ? 12 : (r.nextInt(10) == 0 ? 3 : 0);
                LocalDate last = end != null ? end : today;
                BigDecimal reading = BigDecimal.valueOf(1_000 + r.nextInt(40_000));
                for (int m = months - 1; m >= 0; m--) {
                    LocalDate issued = last.minusMonths(m).withDayOfMonth(5);
                    if (issued.isBefore(start)) {
                        continue;
                    }
                    BigDecimal amount = BigDecimal.valueOf(2_500 + r.nextInt(14_000), 2);
                    boolean paid = !(debtor && m < 2);
                    invoices.add(new InvoiceRow(contract, String.format("F%s-%02d", contract, m), issued,
                        issued.plusDays(20), amount, paid));
                    if (details) {
                        reading = reading.add(BigDecimal.valueOf(150 + r.nextInt(300)));
                        readings.add(new ReadingRow(contract, issued.minusDays(5), "ES0031" + contract, "P1",
                            reading.setScale(0, RoundingMode.UNNECESSARY), r.nextInt(10) == 0 ? "estimated" : "real"));
                    }
                }
                if (details && r.nextInt(100) < 10) {
                    cases.add(new CaseRow(contract, "T-" + contract, CASES[r.nextInt(CASES.length)],
                        today.minusDays(r.nextInt(60)), r.nextBoolean() ? "open" : "waiting for the customer"));
                }
            }
        }
        return new CustomerBatch(customers, contracts, invoices, readings, cases);
    }
}
