/**
 * Words of one meaning in the languages teams write briefs in, shared by the checks that read them.
 * Each is a regular-expression source of alternatives, to be wrapped in letter boundaries
 * (`(?<![\p{L}])(?:…)(?![\p{L}])`, flag `u`).
 */

/** Words that leave out what follows them: "excluding", "ESCLUSI", "ohne", "paitsi", "hariç". */
export const LEAVING_OUT = [
  'no|not|never|without|exclud\\p{L}*|except(?:ing)?(?: for)?|other than|apart from|but not',
  'sin|excepto|salvo|menos|excluid[oa]s?|excluyendo|sem|exceto|excluíd[oa]s?|excluindo|não',
  'sans|sauf|excepté|hormis|exclue?s?|senza|tranne|eccetto|esclus[oaie]|esclud\\p{L}*|non',
  'ohne|außer|ausgenommen|ausgeschlossen|nicht|kein\\p{L}*|zonder|behalve|uitgezonderd|niet|geen',
  'utan|utom|förutom|inte|ej|uten|unntatt|undtagen|ikke|ilman|paitsi|lukuun ottamatta',
  'bez|oprócz|poza|z wyjątkiem|nie|kromě|mimo|nélkül|kivéve|nem|hariç|değil|fără|cu excepția|în afară de',
  'tanpa|kecuali|tidak|bukan|không|trừ|ngoại trừ|не|без|кроме|крім',
].join('|');

/** Words that leave out what stands right before them (postpositions). */
const LEFT_OUT_BEFORE =
  /(?<![\p{L}])(?:hariç|dışında|olmadan|nélkül|kivételével|lukuun ottamatta)(?![\p{L}])/giu;

/**
 * Words that say something was left out of a result, beyond English: "non inserita nel programma",
 * "nicht berücksichtigt", "jätetty pois", "tidak dimasukkan".
 */
export const SETTING_ASIDE = [
  'non (?:inserit|inclus|utilizzat|considerat|riportat)[oaie]|omess[oaie]|tralasciat[oaie]|scartat[oaie]',
  'no (?:incluid|utilizad|considerad)[oa]s?|omitid[oa]s?|descartad[oa]s?|não (?:incluíd|utilizad|considerad)[oa]s?',
  'non (?:inclus|retenu|utilisé)e?s?|pas (?:inclus|retenu|utilisé)e?s?|omise?s?|écartée?s?',
  'nicht (?:aufgenommen|enthalten|berücksichtigt|verwendet|eingeplant|übernommen)|weggelassen|ausgelassen|verworfen',
  'niet (?:opgenomen|meegenomen|gebruikt)|weggelaten|inte (?:medtagen|inkluderad|använd)|utelämnad|utelämnat',
  'ikke (?:tatt med|inkludert|brukt|medtaget|inkluderet)|utelatt|udeladt|jätetty pois|jätetään pois|ei (?:sisällytetty|käytetty)',
  'pominięt[aey]|vynechán[aoy]?|nezahrnut[aoý]?|kihagyva|kihagyt(?:t|ák)?|nem szerepel',
  // Polish with its passive ("nie została dołączona"), Czech, Slovak, Russian and Ukrainian participles.
  'nie (?:(?:został[aoy]?|zostały|zostało) )?(?:dołączon|uwzględnion|wykorzystan|włączon|użyt)\\p{L}*|nie(?:dołączon|wykorzystan|uwzględnion)\\p{L}*|pomin(?:ęliśmy|ąłem|ęłam|ięto)',
  'nebyl[aoyi]? (?:zahrnut|použit|přiložen)\\p{L}*|nebol[aoi]? (?:zahrnut|použit|priložen)\\p{L}*|не (?:был[аои]? )?(?:включен|использован|учтен|учтён|використан|врахован)\\p{L}*',
  'dahil edilmedi|kullanılmadı|tidak dimasukkan|tidak disertakan|tidak digunakan|không đưa vào|nu a fost inclus[ăe]?',
  // Arabic, with its article or conjunction glued on ("غير مشمولة", "واستُبعدت"); Hindi.
  'غير (?:مشمول|مدرج|مستخدم|محتسب)\\p{L}*|(?:و|ف)?(?:است(?:ُ)?بعد|مستبعد|لم (?:يتم )?(?:إدراج|تضمين))\\p{L}*|शामिल नहीं|छोड़ दिया',
  // Estonian: "Ingliskeelset kokkuvõtet ei lisa", "jäeti välja".
  'ei (?:lisa|lisanud|kasuta|kasutanud|arvesta|arvestanud)|jäeti välja|välja jäetud|jätsime välja',
  // Korean, its endings after the stem: "반영하지 않았습니다", "제외했습니다".
  '반영하지 않\\p{L}*|반영되지 않\\p{L}*|사용하지 않\\p{L}*|포함하지 않\\p{L}*|포함되지 않\\p{L}*|제외\\p{L}*',
].join('|');

/**
 * The same in Japanese, Chinese and Thai, whose words stand between others with no space ("今回は省略し",
 * "載せず", "未纳入"): matched without word boundaries.
 */
export const SETTING_ASIDE_UNSPACED = [
  '省略|割愛|除外|見送|不採用|未使用|不使用|排除|未纳入|未納入|不包括|未采用',
  '載せ(?:ず|ない|ません)|記載(?:せず|しない|しません)|含め(?:ず|ない|ません)|含ま(?:ず|ない)',
  '使(?:わず|わない|いません)|使用(?:せず|しない|しません)|採用(?:せず|しない|しません)',
  // Thai: "ไม่ได้นำมาเทียบ" (not brought in to compare), "ตัดออก" (cut out).
  'ไม่ได้นำมา|ไม่นำมาใช้|ไม่ได้ใช้|ตัดออก',
].join('|');

/**
 * A verb saying an attempt failed, in languages other than English: "registeroppslaget feilet",
 * "Abfrage fehlgeschlagen", "a consulta falhou". Said of the speaker's own work, it reports the
 * failure; none of these words stands in a runtime's English error text.
 */
export const FAILED = [
  'feilet|feila|fejlede|fejlet|mislyktes|mislykkedes|misslyckades|misslyckats|svarte ikke|svarede ikke|svarade inte',
  'fehlgeschlagen|schlug fehl|mislukt|falhou|falharam|fall(?:ó|aron)|échoué|a échoué|non è riuscit[oa]|fallit[oa]',
  'nie powiodł[oa]?|nie udało się|selhal[oa]?|nepodařilo se|sikertelen|nem sikerült|epäonnistui|ei vastannut',
  'başarısız oldu|gagal|thất bại|eșuat|не удалось|не вдалося',
].join('|');

/** Verbs that name a tool which only reads: "search", "cerca", "hae", "buscar", "sprawdz". */
export const READS = [
  'get|list|check|read|fetch|find|search|lookup|query|show|view|describe|status',
  'cerca|cercare|trova|leggi|verifica|controlla|buscar|busca|consulta|consultar|obtener|ver|listar',
  'chercher|rechercher|lire|consulter|suche|suchen|finde|lese|lesen|prufe|abfrage|zoek|zoeken|lees|hae|etsi|lue',
  'sok|sök|hent|hamta|hämta|soeg|søg|szukaj|sprawdz|pobierz|hledej|nacti|ara|bul|sorgula|cari|lihat|cek|tim|xem',
].join('|');

/** A tool name (as words) that only reads: "get roster", "consultar pozos". It looks, it does not act. */
export const READS_ONLY = new RegExp(`^(?:${READS})(?![\\p{L}])`, 'iu');

/** Weekday names, Monday first, in the languages teams write briefs in. */
export const WEEKDAYS: readonly string[][] = [
  'monday senin lunes segunda lundi montag lunedì maandag måndag mandag poniedziałek pondělí понедельник понеділок δευτέρα pazartesi jumatatu hétfő maanantai luni',
  'tuesday selasa martes terça mardi dienstag martedì dinsdag tisdag tirsdag wtorek úterý вторник вівторок τρίτη salı jumanne kedd tiistai marți',
  'wednesday rabu miyerkules miércoles quarta mercredi mittwoch mercoledì woensdag onsdag środa środę středa středu среда среду середа середу τετάρτη çarşamba jumatano szerda keskiviikko miercuri',
  'thursday kamis huwebes jueves quinta jeudi donnerstag giovedì donderdag torsdag czwartek čtvrtek четверг четвер πέμπτη perşembe alhamisi csütörtök torstai joi',
  "friday jumat jum'at biyernes viernes sexta vendredi freitag venerdì vrijdag fredag piątek pátek пятница пятницу п'ятниця п’ятницю παρασκευή cuma ijumaa péntek perjantai vineri",
  'saturday sabtu sabado sábado samedi samstag sonnabend sabato zaterdag lördag lørdag sobota sobotę sobotu суббота субботу субота суботу σάββατο cumartesi jumamosi szombat lauantai sâmbătă',
  'sunday minggu linggo domingo dimanche sonntag domenica zondag söndag søndag niedziela niedzielę neděle neděli воскресенье неділя неділю κυριακή pazar jumapili vasárnap sunnuntai duminică',
].map((names) => names.split(' '));
const WEEKDAY_INDEX = new Map(WEEKDAYS.flatMap((names, i) => names.map((name) => [name, i] as const)));

/**
 * The weekday (0 = Monday) a word names, in any of those languages, or its English abbreviation
 * ("Thu", "thu."); "quinta" of "quinta-feira" too.
 */
export function weekdayOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  const named = WEEKDAY_INDEX.get(lower);
  if (named !== undefined) return named;
  const i = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(lower.slice(0, 3));
  return i >= 0 && /^(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)$/.test(lower) ? i : undefined;
}

/**
 * Words with which an answer says part of the work could not be done: "we could not look up",
 * "konden we nu niet opzoeken", "konnten wir nicht prüfen", "no pudimos". Said of a part, the answer
 * leaves that part out; it does not work from what a failed helper returned for it.
 */
export const COULD_NOT = [
  "could not|couldn['’]t|were unable to|was unable to|not able to|unable to (?:find|retrieve|look|get|check|confirm)",
  "konden\\b[^.;]{0,30}\\bniet|kon\\b[^.;]{0,30}\\bniet|konnten?\\b[^.;]{0,30}\\bnicht|n['’]avons pas pu|n['’]a pas pu",
  'no (?:pudimos|se pudo|fue posible)|não (?:conseguimos|foi possível)|non (?:siamo riusciti|è stato possibile)',
  'nie udało się|nie mogliśmy|nepodařilo se|kunde inte|kunne ikke|ei voitu|emme voineet|tidak dapat|tidak bisa|không thể|yapılamadı|bulunamadı|nem sikerült',
].join('|');

/** An attempt or a retry, in the languages teams write in. */
export const RETRIED =
  /(?<![\p{L}])(?:attempt|retry|retried|re-?tried|poging|versuch\p{L}*|tentative|intento|reintent\p{L}*|tentativ[oa]|tentei|riprov\p{L}*|réessay\p{L}*|reîncerc\p{L}*|încercar\p{L}*|próba|ponown\p{L}*|pokus|opakov\p{L}*|deneme|tekrar dene\p{L}*|percobaan|coba lagi|thử lại|yritys|uudelleen|försök|forsøk|forsøg)(?![\p{L}])/iu;
/** Words that say it then worked. */
export const SUCCEEDED =
  /(?<![\p{L}])(?:succeeded|successful(?:ly)?|worked|went through|gelukt|geklappt|erfolgreich|réussi|funcionó|exitos[oa]|riuscit[oa]|udał[oa]?|povedl[oa]?|başarılı|berhasil|thành công|onnistui|lyckades|lykkedes|gikk (?:bra|gjennom)|reușit[ăa]?|cu succes|confirmed|confirmad[oa]|confirmée?|bestätigt|bevestigd|confermat[oa]|confirmat[ăe]?|potwierdzon\p{L}*|potvrzen\p{L}*|onaylandı|vahvistettu|bekräftad|bekreftet|bekræftet)(?![\p{L}])/iu;
/** A text that tells of a retry that then worked: "first attempt gave a 504; the second attempt succeeded". */
export const retriedAndWorked = (text: string): boolean => RETRIED.test(text) && SUCCEEDED.test(text);

/** A brief that marks its work optional: "Optional:", "Optioneel:", "FACOLTATIVO:", "falls verfügbar", "（任意）". */
export const OPTIONAL =
  /任意|可选|可選|ไม่บังคับ|(?<![\p{L}])(?:optional(?:ly)?|if available|nice to have|optioneel|facoltativ[oa]|opcional|facultati(?:f|ve|vo|va)|fakultativ|optionell|valgfri|valfri|valinnainen|opcjonaln\p{L}*|volitelné|isteğe bağlı|opsional|tùy chọn|falls verfügbar|se disponibile|si disponible|si está disponible|se disponível|indien beschikbaar|선택|선택 사항|선택사항|참고용|(?:ال)?اختياري\p{L}*|वैकल्पिक|valikuli\p{L}*|soovi korral|neobligāt\p{L}*|neprivalom\p{L}*|opcionális|nem kötelező|nepovinn\p{L}*|neobavezn\p{L}*|opțional\p{L}*|προαιρετικ\p{L}*|необязательн\p{L}*|по желанию|необов['’]язков\p{L}*|אופציונלי\p{L}*|opsyonal|si lazima)(?![\p{L}])/iu;

const LEAVING_OUT_WORD = new RegExp(`(?<![\\p{L}])(?:${LEAVING_OUT})(?![\\p{L}])`, 'giu');

/**
 * Whether a text leaves a word out: the word within four words after one of LEAVING_OUT, in the
 * same clause ("visite a Roma ESCLUSI Colosseo e Fori Imperiali" leaves out "fori"), or right
 * before a word that leaves out what precedes it ("Gebze hariç"; a suffix may follow: "L3:a").
 */
export function leavesOut(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(LEAVING_OUT_WORD)) {
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const clause = after.split(/[.;!?\n]|:\s/)[0] ?? '';
    const words = clause
      .split(/[^\p{L}\d.-]+/u)
      .filter(Boolean)
      .slice(0, 4);
    if (words.includes(word.toLowerCase())) return true;
  }
  // Words that leave out what stands before them: "Gebze hariç", "Hamburg nélkül", "L3:a lukuun ottamatta".
  for (const m of lower.matchAll(LEFT_OUT_BEFORE)) {
    const clause =
      lower
        .slice(Math.max(0, m.index - 60), m.index)
        .split(/[.;!?\n]|:\s/)
        .at(-1) ?? '';
    const words = clause
      .split(/[^\p{L}\d.:-]+/u)
      .filter(Boolean)
      .slice(-2);
    if (words.some((w) => w.startsWith(word.toLowerCase()))) return true;
  }
  return false;
}

/** A table row's label that makes it the sum of the rows above it: "Total", "razem", "celkem", "i alt". */
export const TOTAL_LABELS = [
  'total|grand total|sub-?total|sum|totale|subtotale|somma|totaal|subtotaal|gesamt\\p{L}*|summe|zwischensumme|insgesamt',
  'totaux|sous-total|soma|subtotal|razem|suma|łącznie|ogółem|celkem|součet|mezisoučet|celkově|yhteensä|summa|i alt',
  'totalt|sammanlagt|samtals|összesen|toplam|jumlah|tổng(?: cộng)?|итого|всего|σύνολο|kokku|kopā|iš viso|ukupno|skupaj|spolu|celkom',
  'общо|укупно|разом|усього|jumla|kabuuan|kabuuang|jami|مجموع کل|جمع',
  'الإجمالي|إجمالي|المجموع|مجموع|סה"כ|סה״כ|סך הכל|कुल|योग|合計|小計|総計|合计|总计|小计|합계|총계|소계|ยอดรวม|รวม',
].join('|');

/** A table row's label that makes it the mean of the rows above it. */
export const AVERAGE_LABELS =
  'avg|average|mean|gemiddeld\\p{L}*|durchschnitt\\p{L}*|moyenne|promedio|média|średnia|průměr|keskiarvo|medel|gjennomsnitt|snitt|átlag|ortalama|rata-rata';

/** "now", marking a value in force: "cap is now 18", "jetzt", "è ora", "er nu". */
export const NOW_WORDS =
  'now|jetzt|nun|ahora|ora|adesso|agora|maintenant|désormais|nu|nå|nyt|teraz|nyní|şimdi|artık|sekarang|kini|bây giờ';

/** "no longer valid" in the languages teams write briefs in: "não vale mais", "ya no vale", "nicht mehr gültig". */
export const NO_LONGER_VALID = new RegExp(
  `(?<![\\p{L}])(?:${[
    'no longer (?:valid|applies|apply|current|in force|correct|accurate|right|true|stands|holds|relevant)',
    // "… is no longer the sum in force", "já não são o capital em vigor": the figure in force named.
    'no longer (?:the|a|an|our) (?:(?!only |sole )[\\p{L}-]+ ){0,2}?(?:in force|current|valid|applicable|correct)',
    'já não (?:é|são|está|estão) (?:(?:o|a|os|as) )?(?:(?!únic)\\p{L}+ ){0,2}?(?:em vigor|vigentes?|válid[oa]s?|atua(?:l|is)|corret[oa]s?)',
    'ya no (?:es|son|está|están) (?:(?:el|la|los|las) )?(?:(?!únic)\\p{L}+ ){0,2}?(?:en vigor|vigentes?|válid[oa]s?|actual(?:es)?|correct[oa]s?)',
    "n['’](?:est|sont) plus (?:(?:le|la|les) |l['’])?(?:(?!seul)\\p{L}+ ){0,2}?(?:en vigueur|valables?|actuel(?:le)?s?)",
    "non (?:è|sono) più (?:(?:il|la|i|le) |l['’])?(?:(?!sol[oaie] |unic)\\p{L}+ ){0,2}?(?:in vigore|valid[oaie]|attual[ei])",
    '(?:has |have )?lapsed',
    '(?:stops|ceases) to apply',
    'deja(?:n)? de (?:aplicarse|aplicar|valer|regir)',
    "cesse(?:nt)? de s['’]appliquer",
    'deixa(?:m)? de (?:se aplicar|valer)',
    'não (?:vale|é válid[oa]|está em vigor|se aplica|está corret[oa]) mais',
    'já não (?:vale|é válid[oa])',
    'ya no (?:vale|es válid[oa]|aplica|corresponde|está vigente|es correct[oa])',
    'já não corresponde|non corrisponde più|entspricht nicht mehr|no longer corresponds',
    'nicht mehr (?:gültig|aktuell|korrekt|richtig)',
    'gilt nicht mehr',
    "n['’](?:est|a) plus (?:valable|cours|correct|exact|d['’]actualité)",
    'ne (?:vaut|compte|tient) plus',
    "ne s['’]applique plus",
    'non (?:è|vale) più(?: valid[oa]| corrett[oa])?',
    'niet meer (?:geldig|juist|actueel|haalbaar|mogelijk)',
    // Out of reach is out of use: "the 3.05 m of yesterday is no longer achievable".
    'no longer (?:possible|feasible|achievable|attainable|workable)',
    'nicht mehr (?:möglich|machbar|erreichbar|zulässig)',
    "n['’]est plus (?:possible|faisable|atteignable)",
    'ya no es (?:posible|factible|alcanzable)',
    'ikke lenger (?:mulig|gjennomførbar)|inte längre (?:möjlig|genomförbar)\\p{L}*',
    'geldt niet meer',
    'không còn (?:đúng|hiệu lực|giá trị|chính xác|áp dụng)',
    'tidak (?:lagi )?berlaku',
    'sudah tidak (?:berlaku|benar|akurat)',
    'tidak lagi (?:benar|akurat|valid)',
    'artık geçerli değil',
    'geçerliliğini yitirdi',
    'nie jest już (?:aktualn|ważn|prawidłow)\\p{L}*',
    'już nieaktualn\\p{L}*',
    'už (?:neplatí|není (?:platn|aktuáln|správn)\\p{L}*)',
    'již neplatí',
    'gäller inte längre',
    'inte längre (?:giltig|aktuell|korrekt|rätt)\\p{L}*',
    'gælder ikke længere',
    'gjelder ikke lenger',
    'stemmer ikke lenger|stämmer inte längre|stemmer ikke længere|er ikke lenger (?:gyldig|riktig|korrekt)|är inte längre (?:giltig|rätt|korrekt)|ei (?:enää )?pidä paikkaansa|stimmt nicht mehr|ne correspond plus|non è più corrett[oa]|não confere mais|ya no cuadra',
    // "does not apply", said right after a figure: "Vardø kl. 14:00 gjelder ikke".
    "gjelder ikke|gäller inte|gælder ikke|gilt nicht|ne s['’]applique pas|no aplica|non si applica|não se aplica|nie obowiązuje|neplatí|nem érvényes|ei päde|ei ole voimassa|geçerli değil|không áp dụng",
    'ei ole enää voimassa',
    'δεν ισχύει πλέον',
    'больше не (?:действ|актуал|верн)\\p{L}*',
    'уже не (?:действ|актуал|верн)\\p{L}*',
    'більше не (?:дійсн|актуал)\\p{L}*',
    'si sahihi tena',
    'hindi na (?:tama|wasto|valid)',
    'már nem érvényes',
    'nu mai (?:este|e) (?:valabil|corect)\\p{L}*',
    'לא בתוקף',
    'כבר לא (?:בתוקף|נכון|רלוונטי)',
    'لم (?:يعد|تعد) (?:صالح|ساري|صحيح)\\p{L}*',
    'अब मान्य नहीं',
    '不再有效',
    '已失效',
    '더 이상 유효하지 않',
    'もう有効ではない',
  ].join('|')})`,
  'iu',
);

/** Words that set a value aside, in the languages teams write in. */
export const ENDED_WORDS = String.raw`superseded|(?:replaced|ersetzt|erstattet)(?=\s+(?:by|durch|af|av)\b|\s*[).,;:|*—–]|\s*$)|withdrawn|lapsed|substituíd[oa]s?|substituid[oa]s?|sustituid[oa]s?|reemplazad[oa]s?|rimpiazzat[oa]|anulad[oa]s?|lecserél(?:t|ve)|visszavon(?:t|va)|érvénytelen(?:ítve)?|felülírva|invalid|ogiltig[at]?|ugyldig[et]?|ongeldig|(?:sudah |sdh )?tidak berlaku(?: lagi)?|tak berlaku lagi|geçersiz|artık geçerli değil|nie obowiązuj\p{L}*|(?:již|už) neplatí|már nem érvényes|gäller inte längre|inte längre giltig|nieważn\p{L}*|inválid[oa]s?|invalide?s?|no válid[oa]s?|non valid[oaie]|remplacée?s?|sostituit[oa]|vervangen|zastąpion[aey]|nahrazen[aáéoý]?|ersatt|ingetrokken|zurückgezogen|widerrufen|retirée?s?|révoquée?s?|retirad[oa]s?|revogad[oa]s?|revocad[oa]s?|ritirat[oa]|revocat[oa]|wycofan[aey]|zrušen[aáéoý]?|odvolán[aoy]?|återkallad|tilbagekaldt|void(?:ed)?|invalidated|rescinded|revoked|retracted|cancell?ed|obsolete|no longer (?:valid|current|applies)|überholt|veraltet|ungültig|nicht mehr (?:gültig|aktuell|verwenden)|verouderd|vervallen|niet meer (?:geldig|gebruiken)|föråldrad|inaktuell|ej längre giltig|forældet|ikke længere gyldig|utdatert|ikke lenger gyldig|vanhentunut|ei enää voimassa|périmée?|obsolète|caduque?|obsoleto|caducado|superado|desatualizado|superato|non più valido|nieaktualn[aey]|zastaral[áéý]|neplatn[áéý]|устарел[аои]?|застарі(?:ла|ле|лий)|depășit|elavult|korvattu|korvautunut|kumottu|mitätöity|peruttu|peruutettu|utgått|annullert|kansellert|opphevet|annulleret|udgået|ophævet|annullerad|upphävd|makulerad|annullat[oaie]|storniert|annulliert|aufgehoben|geannuleerd|annulée?s?|cancelad[oa]s?|iptal edil(?:di|miş)|dibatalkan|đã hủy|(?:đã )?bị thay thế|unieważnion[aey]|anulowan[aey]|anulat[ăe]?|soppress[oaie]|suprimid[oa]s?|supprimée?s?|gestrichen|geschrapt|inställd|innstilt|aflyst|odwołan[aey]`;
