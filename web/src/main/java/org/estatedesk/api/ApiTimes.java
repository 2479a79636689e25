package org.estatedesk.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.estatedesk.shared.Times;

/**
 * The API's JSON-B (issue 20): every instant an answer carries ({@link OffsetDateTime}, {@link ZonedDateTime},
 * {@link Instant}) is written in ISO 8601 with the offset of the caller's company's zone ({@link Times#zone()}),
 * {@code 2026-12-07T11:08:00+08:00}, never in UTC with {@code Z} as the database hands it back. Reading is untouched:
 * request bodies are records bound by {@link RequestBodies}, which accepts {@code Z}, any offset and the short China-time
 * forms ({@link JsonFields}).
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class ApiTimes implements ContextResolver<Jsonb> {
    @Inject
    Times times;

    private volatile Jsonb jsonb;

    @Override
    public Jsonb getContext(Class<?> type) {
        Jsonb j = jsonb;
        if (j == null) {
            synchronized (this) {
                if (jsonb == null) {
                    jsonb = create(this::zone);
                }
                j = jsonb;
            }
        }
        return j;
    }

    private ZoneId zone() {
        if (times == null) { // a provider the runtime built without CDI
            times = CDI.current().select(Times.class).get();
        }
        return times.zone();
    }

    /** A JSON-B that writes instants in the zone {@code zone} gives at the time of writing. */
    static Jsonb create(Supplier<ZoneId> zone) {
        return JsonbBuilder.create(new JsonbConfig().withSerializers(new OffsetWriter(zone), new ZonedWriter(zone),
                new InstantWriter(zone)));
    }

    private static void write(ZonedDateTime at, JsonGenerator generator) {
        generator.write(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.toOffsetDateTime()));
    }

    // one class per type: JSON-B learns the type a serializer writes from its class's type argument

    /** An {@link OffsetDateTime} in the zone. */
    record OffsetWriter(Supplier<ZoneId> zone) implements JsonbSerializer<OffsetDateTime> {
        @Override
        public void serialize(OffsetDateTime at, JsonGenerator generator, SerializationContext ctx) {
            write(at.atZoneSameInstant(zone.get()), generator);
        }
    }

    /** A {@link ZonedDateTime} in the zone. */
    record ZonedWriter(Supplier<ZoneId> zone) implements JsonbSerializer<ZonedDateTime> {
        @Override
        public void serialize(ZonedDateTime at, JsonGenerator generator, SerializationContext ctx) {
            write(at.withZoneSameInstant(zone.get()), generator);
        }
    }

    /** An {@link Instant} in the zone. */
    record InstantWriter(Supplier<ZoneId> zone) implements JsonbSerializer<Instant> {
        @Override
        public void serialize(Instant at, JsonGenerator generator, SerializationContext ctx) {
            write(at.atZone(zone.get()), generator);
        }
    }
}
