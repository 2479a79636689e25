package org.estatedesk.estates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.estatedesk.shared.DataScope;
import org.junit.jupiter.api.Test;

/**
 * The companies a schedule starts its job for: each company with an estate once, in id order, seen group-wide; a
 * company whose run cannot start is logged and the others still start.
 */
class CompaniesTest {
    private final List<DataScope> asked = new ArrayList<>();

    /** A repository holding these estates (only {@code findVisible} is answered). */
    private EstateRepository estatesOf(long... companies) {
        List<Estate> estates = new ArrayList<>();
        for (long c : companies) {
            estates.add(new Estate(c, "E" + estates.size(), "小区", "Shanghai", "1 Road"));
        }
        return (EstateRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EstateRepository.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("findVisible")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    asked.add((DataScope) args[0]);
                    return estates;
                });
    }

    @Test
    void eachCompanyWithEstatesOnceInIdOrder() {
        assertEquals(List.of(3L, 7L, 12L), List.copyOf(Companies.withEstates(estatesOf(12, 3, 7, 3, 12))));
        assertTrue(asked.get(0).groupWide(), "a schedule sees every estate of the group");
        assertEquals(List.of(), List.copyOf(Companies.withEstates(estatesOf())));
    }

    @Test
    void aCompanyThatCannotStartIsLoggedAndTheOthersStart() {
        Logger log = Logger.getAnonymousLogger();
        log.setUseParentHandlers(false);
        List<LogRecord> records = new ArrayList<>();
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        List<Long> started = new ArrayList<>();

        Companies.each(estatesOf(1, 2, 3), log, c -> "company " + c + " is running already", c -> {
            if (c == 2) {
                throw new IllegalStateException("running");
            }
            started.add(c);
        });

        assertEquals(List.of(1L, 3L), started);
        assertEquals(1, records.size());
        assertEquals(Level.WARNING, records.get(0).getLevel());
        assertEquals("company 2 is running already", records.get(0).getMessage());
    }
}
