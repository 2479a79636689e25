package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test data of owners (R0.4): people registered at the front desk and tied to a unit as owner, occupant or tenant. */
final class GivenOwners {
    private GivenOwners() {
    }

    /** A person (with an e-mail address unless {@code null}) tied to the unit; returns the owner's id. */
    static long owner(String name, String email, long unit, String relation) {
        String mail = email == null ? "" : "\"email\":\"" + email + "\",";
        long id = ok(Api.post("frontdesk", "/api/v1/owners", """
                {"kind":"PERSON","name":"%s","idType":"PASSPORT","idNumber":"S%d",%s"phone":"13900002222"}"""
                .formatted(name, System.nanoTime() % 1_000_000_000L, mail)), 201).getJsonNumber("id").longValue();
        ok(Api.post("frontdesk", "/api/v1/owners/" + id + "/units", """
                {"unitId":%d,"relation":"%s"}""".formatted(unit, relation)), 201);
        return id;
    }

    /** Registers a person as one of the people of the estate's unit by code: an owner, occupant or tenant. */
    static void resident(long estate, String unitCode, String name, String relation) {
        long unit = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=50").json().getJsonArray("items")
                .stream().map(v -> v.asJsonObject()).filter(u -> u.getString("code").equals(unitCode)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        Api.Reply owner = Api.post("frontdesk", "/api/v1/owners", """
                {"kind":"PERSON","name":"%s","idType":"PASSPORT","idNumber":"K%d","phone":"13900003333"}"""
                .formatted(name, System.nanoTime() % 1_000_000_000L));
        assertEquals(201, owner.status(), owner.body());
        Api.Reply tie = Api.post("frontdesk", "/api/v1/owners/" + owner.json().getJsonNumber("id") + "/units", """
                {"unitId":%d,"relation":"%s"}""".formatted(unit, relation));
        assertEquals(201, tie.status(), tie.body());
    }
}
