package org.estatedesk.owners;

/** The facts of an owner as a user enters them; validated on the entity. */
public record OwnerData(Long companyId, OwnerKind kind, String name, IdType idType, String idNumber, String phone,
        String phone2, String email, Owner.ContactPreference contactPreference, String language, String address,
        String note) {
}
