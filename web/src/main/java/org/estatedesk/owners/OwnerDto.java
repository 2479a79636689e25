package org.estatedesk.owners;


/**
 * An owner of the ledger in the API; {@code id} and {@code version} are ignored on input, and so is {@code consultant}
 * (set through {@code PUT /owners/{id}/consultant}).
 */
public record OwnerDto(Long id, Long companyId, OwnerKind kind, String name, IdType idType, String idNumber,
        String phone, String phone2, String email, Owner.ContactPreference contactPreference, String language,
        String address, String note, String consultant, Integer version) {
    public static OwnerDto of(Owner o) {
        return new OwnerDto(o.getId(), o.getCompanyId(), o.getKind(), o.getName(), o.getIdType(), o.getIdNumber(),
                o.getPhone(), o.getPhone2(), o.getEmail(), o.getContactPreference(), o.getLanguage(), o.getAddress(),
                o.getNote(), o.getConsultant(), o.getVersion());
    }

    public OwnerData toData() {
        return new OwnerData(companyId, kind == null ? OwnerKind.PERSON : kind, name,
                idType == null ? IdType.ID_CARD : idType, idNumber, phone, phone2, email, contactPreference, language,
                address, note);
    }
}
