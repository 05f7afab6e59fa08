/** Tells a section that holds the person's contacts or details (`## Contact`, `## Persönliche Daten`) by its title. */

// Titles in lower case without accents, in the résumé languages.
const CONTACT_SECTION =
  /^(?:contacts?|contact (?:info(?:rmation)?|details|me)|contact[oa]s?|contatti|kontakte?|kontaktdaten|kontaktinformationen|coordonnees|contactgegevens|personal (?:details|information|data|info)|personliche daten|persoonlijke gegevens|dados pessoais|datos personales|informations personnelles|dati personali|informazioni personali|dane osobowe|iletisim(?: bilgileri)?|kisisel bilgiler|kontakty|контакты|контактная информация|联系方式|个人信息|基本信息|連絡先|個人情報|연락처|인적사항)$/u;

/** Whether a section's title names the person's contacts or details (`Contact information:`, `İletişim Bilgileri`). */
export function isContactSection(title: string | null): boolean {
  const folded = (title ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/gu, 'i').trim();
  return CONTACT_SECTION.test(folded);
}
