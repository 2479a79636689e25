package org.estatedesk.owners;


/**
 * An owner of the ledger in the API; {@code id} and {@code version} are ignored on input, and so is {@code consultant}
 * (set through {@code PUT /owners/{id}/consultant}). {@code idNumber} is masked ({@code IdNumberMask}) unless the
 * caller may see it whole and asked for one owner; sending the mask back unchanged keeps the stored number.
 */
public record OwnerDto(Long id, Long companyId, OwnerKind kind, String name, IdType idType, String idNumber,
        String phone, String phone2, String email, Owner.ContactPreference contactPreference, String language,
        String address, String note, String consultant, Integer version) {
    /** The owner with his identity number masked, as every list shows it. */
    public static OwnerDto of(Owner o) {
        return of(o, o.getMaskedIdNumber());
    }

    /** The owner with the identity number as the service let the caller see it. */
    public static OwnerDto of(Owner o, String idNumber) {
        return new OwnerDto(o.getId(), o.getCompanyId(), o.getKind(), o.getName(), o.getIdType(), idNumber,
                o.getPhone(), o.getPhone2(), o.getEmail(), o.getContactPreference(), o.getLanguage(), o.getAddress(),
                o.getNote(), o.getConsultant(), o.getVersion());
    }

    public OwnerData toData() {
        return new OwnerData(companyId, kind == null ? OwnerKind.PERSON : kind, name,
                idType == null ? IdType.ID_CARD : idType, idNumber, phone, phone2, email, contactPreference, language,
                address, note);
    }
}
