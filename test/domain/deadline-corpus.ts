import type { DeadlineKind } from "../../src/domain/deadline";

/**
 * «Срок» phrases quoted exactly from public roadmaps («комплекс мер», «дорожная карта»), plans
 * and reporting orders, each with its source and the date(s) a coordinator reads for the
 * roadmap year 2024. Where a phrase stands inside a longer sentence, the quote is the deadline
 * part of it, character for character. `dates` are the occurrences up to `until` (a series) or
 * the single due date (a one-off); an empty list means no date (schedule, condition, start,
 * or a form the grammar does not fully account for, which must stay `unknown`).
 */
export interface CorpusPhrase {
  text: string;
  kind: DeadlineKind;
  dates: string[];
  source: keyof typeof SOURCES;
  /** For a series: occurrences up to this day (default 2024-12-31). */
  until?: string;
}

export const SOURCES = {
  seed: "Распоряжение комитета общего и профессионального образования Ленинградской области № 3537-р от 28.12.2023, комплекс мер (seed/000_a500fed1524eaffe.txt)",
  tambov716:
    "https://base.garant.ru/74770860/53f89421bbdaf741eb2d1ecc4ddb4c33/ — распоряжение администрации Тамбовской области от 15.10.2020 N 716-р, комплекс мер «Точка роста»",
  omsk120:
    "docs.cntd.ru — распоряжение Правительства Омской области от 27.06.2019 N 120-рп, приложение N 1, комплекс мер «Точка роста»",
  concept350163313:
    "https://docs.cntd.ru/document/350163313/titles/7DE0K7 — план мероприятий по реализации Концепции развития дополнительного образования детей до 2030 года, I этап",
  tambov345:
    "https://base.garant.ru/28127007/53f89421bbdaf741eb2d1ecc4ddb4c33 — приказ управления образования и науки Тамбовской области от 02.03.2007 N 345, график отчётных документов",
  cntd465376652:
    "https://docs.cntd.ru/document/465376652/titles/3QB850B — порядок предоставления субсидии, требования к отчётности",
  cntd570742255:
    "https://docs.cntd.ru/document/570742255/titles/3QCS50C — правила предоставления субсидии, отчётность получателя",
  tambovTask:
    "https://base.garant.ru/28156795/d8b01b57742d3a84cbe3048d71fc60a9/ — муниципальное задание (комитет образования администрации города Тамбова), требования к отчётности",
  cntd465384978: "https://docs.cntd.ru/document/465384978/titles/3QCS50C — порядок предоставления субсидии, п. 4.1",
  cntd406245353: "https://docs.cntd.ru/document/406245353/titles/3QCS50C — порядок предоставления субсидии, п. 4.1",
  cntd577957466:
    "https://docs.cntd.ru/document/577957466/titles/853N — порядок предоставления субсидии (Департамент АПК), п. 4.1",
  tyumen574744698:
    "https://docs.cntd.ru/document/574744698/titles/3QCS50C — порядок предоставления субсидии (Администрация города Тюмени), п. 4.1",
  cntd577902648:
    "https://docs.cntd.ru/document/577902648/titles/3QB850B — порядок предоставления субсидий органом местного самоуправления, пп. 3.1–3.3",
  its1c: "http://its.1c.ru/docs/repdate/ — сроки сдачи отчётности и уплаты налогов",
  kv34: "https://bk.kv34.ru/posts/… — Волгоградская область, консультация о сроках налоговой отчётности казённых учреждений",
  astrakhan:
    "http://court-info.ru/d/a_astrahanskaya-oblast/… — закон Астраханской области о транспортном налоге, ст. 2",
  fz79test:
    "https://xn--80abfmyrvat.xn--c1avg.xn--p1ai/test-79-fz/… — ч. 6 ст. 59 ФЗ «О государственной гражданской службе» (тест)",
  consultant305378:
    "https://www.consultant.ru/document/cons_doc_LAW_305378/d51d5aa059739d040b5e9a016424f72e711eabf5 — регламент, 5.3 Сроки исполнения поручений",
  altai473313848:
    "https://docs.cntd.ru/document/473313848/titles/2EVQ88O — Республика Алтай, сроки исполнения поручений и документов",
  cntd727645480:
    "https://docs.cntd.ru/document/727645480/titles/7DO0KC — паспорт показателя федерального проекта, периодичность",
  ulanude445043552:
    "https://docs.cntd.ru/document/445043552/titles/3V0S79R — Администрация г. Улан-Удэ, планирование мероприятий",
  cntd543547225:
    "https://docs.cntd.ru/document/543547225/titles/3OU077M — порядок предоставления субсидий муниципальным образованиям (окружной бюджет)",
  garant409347976:
    "https://base.garant.ru/409347976/3e48569e2bb394f87dc22f82c233d8f8 — порядок предоставления субсидии, раздел III, п. 22",
  kaliningrad428653149:
    "https://docs.cntd.ru/document/428653149/titles/1SMO63S — порядок предоставления грантов (Правительство Калининградской области), п. 46",
  kamchatka406076188:
    "https://docs.cntd.ru/document/406076188/titles/3QCS50C — Камчатский край, порядок предоставления субсидии, п. 52",
  garant44436852:
    "https://base.garant.ru/44436852/daf75cc17d0d1b8b796480bc59f740b8 — порядок предоставления субсидий, глава 3, пп. 24–25",
  cntd460281058: "https://docs.cntd.ru/document/460281058/titles/2MQODEU — порядок государственной поддержки, п. 3.1",
  cntd574682427:
    "https://docs.cntd.ru/document/574682427/titles/2EHGC8I — отчёты органов местного самоуправления об отдельных государственных полномочиях",
  garant403009392:
    "https://base.garant.ru/403009392/1a021ee51cf500830e99510141278135/ — программа, раздел III «Сроки реализации программы»",
  zakonbase752543:
    "https://zakonbase.ru/content/part/752543?print=1 — распоряжение Правительства РФ от 28.07.2011 N 1316-р, раздел V",
  cntd561772995:
    "https://docs.cntd.ru/document/561772995/titles/1CBA7TC — подпрограмма комплексного развития сельских поселений",
  consultant413581:
    "https://www.consultant.ru/document/cons_doc_LAW_413581/fc0693357528e53959e06d2c20f83fdf0df33653 — Концепция развития дополнительного образования детей до 2030 года",
  rmcOren:
    "https://rmc-oren.ru/… — план мероприятий по реализации II этапа Концепции развития дополнительного образования детей",
  tver412:
    "https://tver-gov.ru/doc/114940 — распоряжение Правительства Тверской области от 05.07.2019 № 412-рп «О мерах по созданию детских технопарков «Кванториум»»",
  skfo: "http://skfo.gov.ru/press/announcements/1098 — Республика Дагестан, центры «Точка роста»",
  interfax: "https://interfax-russia.ru/… — Красногорск, центры «Точка роста»",
  kaliningradNews: "https://vesti-kaliningrad.ru/?p=162140 — Калининградская область, «Точки роста»",
  itatSchool: "https://itat.kuz-edu.ru/index.php?id=41286 — Кемеровская область, центр «Точка роста»",
  saratovNews:
    "https://novosti-saratova.ru/v-saratovskoj-oblasti-uskorili-remont-shkolnyh-i-detsadovskih-territorij/ — Саратовская область, график благоустройства",
  nsn: "https://nsn.fm/society/v-rossii-podgotovka-sistemy-obrazovaniya-k-uchebnomu-godu-zavershitsya-k-29-avgusta",
  universeNews:
    "https://universe-news.ru/fullnews/7522797/… — поручение Правительства РФ о перечне опорных населённых пунктов",
  gul13: "https://gul13.tvoysadik.ru/file/card?id=2263 — календарный учебный план-график на 2023-2024 учебный год",
  sch2009: "https://sch2009uz.mskobr.ru/path/by/redesign/30190 — Москва, график каникул на 2024/25 учебный год",
  zakamensk:
    "https://zakamensk-gazeta.ru/?action=view&id=3210&module=articles — Республика Бурятия, начало 2024/2025 учебного года",
  oblgazeta: "https://oblgazeta.ru/society/education/2024/02/37661 — рекомендуемые даты школьных праздников",
  mathematicsRu:
    "https://mathematics.ru/articles/2024/50779-… — Минпросвещения России, даты последних звонков и выпускных",
  galileo: "https://muzey-galileo.ru/accounting/… — налоговый календарь 2024",
  bagaevskaya:
    "https://bagaevskaj.rostovschool.ru/file/card?id=3005 — Ростовская область, календарный учебный график на 2024-2025 учебный год",
  bryansk:
    "https://bryansk.bezformata.com/listnews/dney-kanikul-bryantcam-rasskazali/135152240/ — Брянская область, каникулы 2024-2025",
  ngoLaw: "https://ngo-law.ru/obzor_september2020 — обзор некоммерческого законодательства, сентябрь 2020",
  funterra:
    "http://funterrapark-bugrinka.ru/belarus/buhgalterskaya-otchetnost-za-polugodie/ — отчётность за первое полугодие 2017 года",
  rg: "https://rg.ru/amp/2015/04/21/mitingi-site-anons.html — сроки подачи уведомления о публичном мероприятии",
  ria24: "https://ria24.today/news/v-penzenskoy-oblasti-shkoly-i-kruzhki/11875043 — Пензенская область",
  uniObrazovanie:
    "https://uni-obrazovanie.ucoz.ru/news/coveshhanie_rukovoditelej/2019-10-14-972 — совещание руководителей образовательных организаций",
  rostov220:
    "https://lawmix.ru/zakonodatelstvo/1322217 — постановление Администрации г. Ростова-на-Дону от 04.04.2012 № 220",
  saratovCnppm:
    "https://docs.cntd.ru/document/406843565/titles/2MD8QSI — Саратовская область, показатели Центра непрерывного повышения профессионального мастерства",
  cntd570857833: "https://docs.cntd.ru/document/570857833/titles/24PPFTP — Тульская область, паспорт показателя",
  consultant472452:
    "http://www.consultant.ru./document/cons_doc_LAW_472452/c7ed69544de0c38ae1a555acdc10f0ffda0c5dbd/ — периодичность предоставления формы",
  kir26: "https://kir26.ru/news/obschestvo/2022-09-12/… — Ставропольский край, центры «Точка роста»",
  packedoo:
    "https://packedoo.ru/nasledovanie/1429-kakaya-otchetnost-menyaetsya-s-2023-goda.html — отчётность по страховым взносам",
  mebstroy:
    "https://u.mebstroy.com/voprosy/kogda-pfr-obnovlyaet-dannye-za-4-kvartal.html — сроки сдачи отчётности в ПФР",
  dzenPskov: "https://dzen.ru/news/story/50c4a49c-e3ca-54c0-bb5f-33373e1e4d23 — Псковская область, «Кванториум»",
  sibko42:
    "https://sibko42.ru/news_06.04.2022_1.html — Концепция развития дополнительного образования детей до 2030 года",
  ivanovo: "https://internat-one.ru/obrazovanie/4734-… — Ивановская область, детские технопарки «Кванториум»",
  yagodnoe:
    "https://base.garant.ru/406360541/ — Ягоднинский муниципальный округ Магаданской области, план-график бюджетного процесса",
  gosudarprogram:
    "https://gosudarprogram.ru/utverzhdena-gosudarstvennaya-programma-razvitiya-cifrovoj-ekonomiki-i-informacionnogo-obshhestva-na-2016-2020-gody/",
  habr: "https://savepearlharbor.com/?p=188030 — план мероприятий («дорожная карта») по развитию отрасли информационных технологий",
  budgetBelrn:
    "http://www.budget-belrn.ru/… — Белгородская область, отчёты об исполнении консолидированного бюджета района",
  coko38: "https://coko38.ru/… — Иркутская область, вебинар для руководителей новых ЦО «Точка роста»",
  consultant482400:
    "https://consultant.ru/document/cons_doc_LAW_482400/8e2ed8e796faf358704cbeb086a73870eac9fd4d — перечень документов, сроки хранения",
  kherson: "https://kherson-news.ru/other/2022/10/30/59405-amp.html — Херсонская область, начало второй четверти",
  futazhik:
    "https://futazhik.ru/strakhovoe-pravo/5140-sroki-sdachi-otchyotnosti-v-2023-godu-3.html — сроки сдачи отчётности в ИФНС в 2023 году",
  kuhnymoskva:
    "https://kuhnymoskva.ru/migracionnoe-pravo/1968-sroki-i-poryadok-predstavleniya-deklaracii-po-pribyli-v-2022.html — сроки сдачи отчётности в ИФНС в 2023 году",
  rosmorrechflot: "https://docs.cntd.ru/document/573114711/titles/7E40KF — порядок предоставления субсидии, п. 15",
  moscow268: "http://docs.cntd.ru/document/3665425 — постановление Правительства Москвы от 18.04.2006 N 268-ПП",
  dzenSmolensk:
    "https://dzen.ru/news/story/e68fe8f4-7812-5c80-9b7d-e021b3b5f49f — Смоленская область, центры «Точка роста»",
  rtdety: "https://rtdety.tatarstan.ru/index.htm/news/1909797.htm — Республика Татарстан, комплекс мер «Кванториум»",
} as const;

const Y = "2024";

export const CORPUS: readonly CorpusPhrase[] = [
  // The seed roadmap (Ленинградская область).
  { text: "29 декабря 2023 года", kind: "date", dates: ["2023-12-29"], source: "seed" },
  { text: "Согласно графику, направляемому федеральным оператором", kind: "schedule", dates: [], source: "seed" },
  { text: "до 1 февраля 2024 года", kind: "before", dates: ["2024-01-31"], source: "seed" },
  { text: "1 марта 2024 года", kind: "date", dates: ["2024-03-01"], source: "seed" },
  { text: "не позднее 15 февраля 2024 года", kind: "not-later-than", dates: ["2024-02-15"], source: "seed" },
  { text: "не позднее 30 июня 2024 года", kind: "not-later-than", dates: ["2024-06-30"], source: "seed" },
  { text: "не позднее 25 августа 2024 года", kind: "not-later-than", dates: ["2024-08-25"], source: "seed" },
  { text: "В течение 2024 года", kind: "during", dates: ["2024-12-31"], source: "seed" },
  { text: "не позднее 15 сентября 2024года", kind: "not-later-than", dates: ["2024-09-15"], source: "seed" },
  {
    text: "не позднее 1 октября 2024 года, далее ежеквартально",
    kind: "recurring",
    dates: ["2024-10-01", "2025-01-01", "2025-04-01"],
    source: "seed",
    until: "2025-04-30",
  },
  // Комплексы мер «Точка роста» / «Кванториум» and education plans.
  { text: "10 ноября 2020* года", kind: "date", dates: ["2020-11-10"], source: "tambov716" },
  { text: "25 августа 2019 года", kind: "date", dates: ["2019-08-25"], source: "omsk120" },
  { text: "1 октября 2019 года", kind: "date", dates: ["2019-10-01"], source: "omsk120" },
  { text: "IV квартал", kind: "during", dates: [`${Y}-12-31`], source: "concept350163313" },
  { text: "I квартал 2023 г.", kind: "during", dates: ["2023-03-31"], source: "concept350163313" },
  { text: "на 2020 – 2022 годы", kind: "range", dates: ["2022-12-31"], source: "tver412" },
  { text: "с 1 сентября текущего года", kind: "start", dates: [], source: "skfo" },
  { text: "в текущем году", kind: "during", dates: [`${Y}-12-31`], source: "interfax" },
  { text: "К 2024 году", kind: "unknown", dates: [], source: "kaliningradNews" },
  { text: "До 2024 года", kind: "unknown", dates: [], source: "itatSchool" },
  { text: "в 2024 году", kind: "during", dates: ["2024-12-31"], source: "coko38" },
  { text: "в 2021 году", kind: "during", dates: ["2021-12-31"], source: "ivanovo" },
  { text: "в ближайшие три года", kind: "unknown", dates: [], source: "ivanovo" },
  { text: "2021 год", kind: "during", dates: ["2021-12-31"], source: "saratovCnppm" },
  { text: "с сентября 2022 года", kind: "start", dates: [], source: "kir26" },
  { text: "с 2019 года по 2024 год", kind: "range", dates: ["2024-12-31"], source: "dzenPskov" },
  { text: "до 2030 года", kind: "unknown", dates: [], source: "sibko42" },
  { text: "2025 - 2030 годы", kind: "range", dates: ["2030-12-31"], source: "sibko42" },
  { text: "(2022 - 2024 годы)", kind: "range", dates: ["2024-12-31"], source: "sibko42" },
  { text: "2025-2030 годы", kind: "range", dates: ["2030-12-31"], source: "rmcOren" },
  { text: "в 2014 - 2024 годах", kind: "range", dates: ["2024-12-31"], source: "consultant413581" },
  { text: "в течение 2022 - 2024 годов", kind: "range", dates: ["2024-12-31"], source: "garant403009392" },
  { text: "в 2012 - 2020 годах", kind: "range", dates: ["2020-12-31"], source: "zakonbase752543" },
  { text: "в 2020 - 2024 годах", kind: "range", dates: ["2024-12-31"], source: "cntd561772995" },
  { text: "на 2016-2020 годы", kind: "range", dates: ["2020-12-31"], source: "gosudarprogram" },
  { text: "на период 2013-2018 годов", kind: "range", dates: ["2018-12-31"], source: "habr" },
  { text: "на текущий год", kind: "during", dates: [`${Y}-12-31`], source: "yagodnoe" },
  { text: "до ноября текущего года", kind: "before", dates: [`${Y}-10-31`], source: "saratovNews" },
  { text: "к 1 сентября", kind: "by", dates: [`${Y}-09-01`], source: "saratovNews" },
  { text: "к 29 августа", kind: "by", dates: [`${Y}-08-29`], source: "nsn" },
  { text: "до 26 мая", kind: "before", dates: [`${Y}-05-25`], source: "nsn" },
  { text: "до 31 августа 2024 года", kind: "before", dates: ["2024-08-30"], source: "universeNews" },
  { text: "к началу 2012/2013 учебного года", kind: "by", dates: ["2012-09-01"], source: "rostov220" },
  { text: "В течение учебного года", kind: "unknown", dates: [], source: "uniObrazovanie" },
  { text: "9 октября 2019 года", kind: "date", dates: ["2019-10-09"], source: "uniObrazovanie" },
  // School calendars: ranges with every dash, school years.
  { text: "до 31.08.2024года", kind: "before", dates: ["2024-08-30"], source: "gul13" },
  { text: "с 01 сентября 2023года", kind: "start", dates: [], source: "gul13" },
  { text: "С 01 июня по 31 августа 2024 года", kind: "range", dates: ["2024-08-31"], source: "gul13" },
  { text: "01.10.2023 - 15.10.2023", kind: "range", dates: ["2023-10-15"], source: "gul13" },
  { text: "15.05.2024г. по 30.05.2024г.", kind: "range", dates: ["2024-05-30"], source: "gul13" },
  { text: "сентябрь-декабрь 2023г", kind: "range", dates: ["2023-12-31"], source: "gul13" },
  { text: "январь-май 2024г.", kind: "range", dates: ["2024-05-31"], source: "gul13" },
  { text: "01.06 - 31.08.2024 г", kind: "range", dates: ["2024-08-31"], source: "gul13" },
  { text: "2024/25 учебный год", kind: "during", dates: ["2025-08-31"], source: "sch2009" },
  { text: "2 сентября 2024 г. – 27 октября 2024 г.", kind: "range", dates: ["2024-10-27"], source: "sch2009" },
  { text: "9 января 2025 г. – 16 февраля 2025 г.", kind: "range", dates: ["2025-02-16"], source: "sch2009" },
  { text: "24 февраля 2025 г. – 6 апреля 2025 г.", kind: "range", dates: ["2025-04-06"], source: "sch2009" },
  { text: "2 сентября 2024 года", kind: "date", dates: ["2024-09-02"], source: "zakamensk" },
  { text: "В первый понедельник сентября", kind: "unknown", dates: [], source: "zakamensk" },
  { text: "24 и 25 мая", kind: "unknown", dates: [], source: "oblgazeta" },
  { text: "28 и 29 июня", kind: "unknown", dates: [], source: "oblgazeta" },
  { text: "24–25 мая", kind: "range", dates: [`${Y}-05-25`], source: "mathematicsRu" },
  { text: "28–29 июня 2024 года", kind: "range", dates: ["2024-06-29"], source: "mathematicsRu" },
  { text: "с 23.09.2024–30.09.2024", kind: "range", dates: ["2024-09-30"], source: "galileo" },
  { text: "с 23 по 30 июня 2024 г.", kind: "range", dates: ["2024-06-30"], source: "galileo" },
  { text: "(с 28.10.2024г. по 05.11.2024г.)", kind: "range", dates: ["2024-11-05"], source: "bagaevskaya" },
  { text: "с 31.12.2024г. по 08.01.2025г.", kind: "range", dates: ["2025-01-08"], source: "bagaevskaya" },
  { text: "с 24.03.2025г. по 01.04.2025г.", kind: "range", dates: ["2025-04-01"], source: "bagaevskaya" },
  { text: "с 30 декабря по 12 января", kind: "unknown", dates: [], source: "bryansk" },
  { text: "с 17 по 24 февраля", kind: "range", dates: [`${Y}-02-24`], source: "bryansk" },
  { text: "с 24 по 31 марта", kind: "range", dates: [`${Y}-03-31`], source: "bryansk" },
  { text: "28 октября", kind: "date", dates: [`${Y}-10-28`], source: "bryansk" },
  { text: "с 5 октября 2020 года", kind: "start", dates: [], source: "ngoLaw" },
  { text: "до 31.07.2017", kind: "before", dates: ["2017-07-30"], source: "funterra" },
  { text: "С 1 июля", kind: "start", dates: [], source: "funterra" },
  { text: "с 14 февраля", kind: "start", dates: [], source: "ria24" },
  { text: "7 ноября 2022 года", kind: "date", dates: ["2022-11-07"], source: "kherson" },
  // Reporting orders: series per period.
  {
    text: "Ежемесячно до 15 числа месяца, следующего за отчетным периодом",
    kind: "recurring",
    dates: ["2024-02-14", "2024-03-14", "2024-04-14", "2024-05-14"],
    source: "tambov345",
    until: "2024-05-31",
  },
  {
    text: "ежеквартально не позднее 15 числа месяца, следующего за отчетным",
    kind: "recurring",
    dates: ["2024-04-15", "2024-07-15", "2024-10-15"],
    source: "cntd465376652",
  },
  {
    text: "в течение первых пяти рабочих дней года, следующего за отчетным",
    kind: "not-later-than",
    dates: ["2025-01-15"],
    source: "cntd465376652",
    until: "2026-12-31",
  },
  {
    text: "в течение первых 12 рабочих дней года, следующего за отчетным",
    kind: "not-later-than",
    dates: ["2025-01-24"],
    source: "cntd465376652",
    until: "2026-12-31",
  },
  {
    text: "не позднее 15 рабочих дней со дня получения субсидии",
    kind: "conditional",
    dates: [],
    source: "cntd570742255",
  },
  {
    text: "не позднее 25 января года, следующего за отчетным годом",
    kind: "not-later-than",
    dates: ["2025-01-25"],
    source: "cntd570742255",
    until: "2026-12-31",
  },
  {
    text: "ежеквартально, не позднее 15 числа месяца, следующего за отчетным кварталом",
    kind: "recurring",
    dates: ["2024-04-15", "2024-07-15", "2024-10-15"],
    source: "cntd570742255",
  },
  {
    text: "ежемесячно не позднее 15 числа месяца, следующего за отчетным месяцем",
    kind: "recurring",
    dates: ["2024-02-15", "2024-03-15", "2024-04-15"],
    source: "tambovTask",
    until: "2024-04-30",
  },
  {
    text: "ежеквартально не позднее 15 числа месяца, следующего за отчетным кварталом",
    kind: "recurring",
    dates: ["2024-04-15", "2024-07-15", "2024-10-15"],
    source: "tambovTask",
  },
  {
    text: "не позднее 01 июня года, следующего за отчетным",
    kind: "not-later-than",
    dates: ["2025-06-01"],
    source: "tambovTask",
    until: "2026-12-31",
  },
  {
    text: "ежегодно не позднее 25 января года, следующего за годом предоставления субсидии",
    kind: "conditional",
    dates: [],
    source: "cntd465384978",
  },
  {
    text: "ежеквартально в срок не позднее 10-го числа месяца, следующего за отчетным кварталом",
    kind: "recurring",
    dates: ["2024-04-10", "2024-07-10", "2024-10-10"],
    source: "cntd406245353",
  },
  {
    text: "ежегодно в срок не позднее 1 мая года, следующего за отчетным финансовым годом",
    kind: "recurring",
    dates: ["2025-05-01", "2026-05-01"],
    source: "cntd406245353",
    until: "2026-12-31",
  },
  {
    text: "в срок до 15 января года, следующего за годом предоставления субсидии",
    kind: "conditional",
    dates: [],
    source: "cntd577957466",
  },
  {
    text: "по итогам каждого месяца, в котором получена субсидия, в срок до 10 числа месяца, следующего за месяцем получения субсидии",
    kind: "conditional",
    dates: [],
    source: "cntd577957466",
  },
  {
    text: "не позднее 15 января года, следующего за отчетным",
    kind: "not-later-than",
    dates: ["2025-01-15"],
    source: "tyumen574744698",
    until: "2026-12-31",
  },
  {
    text: "в срок не позднее 1 февраля года, следующего за годом предоставления субсидий",
    kind: "conditional",
    dates: [],
    source: "cntd577902648",
  },
  {
    text: "в срок не позднее 5 рабочих дней со дня получения отчетов",
    kind: "conditional",
    dates: [],
    source: "cntd577902648",
  },
  { text: "не позднее 20 января текущего года", kind: "not-later-than", dates: [`${Y}-01-20`], source: "its1c" },
  {
    text: "не позднее 28 календарных дней со дня окончания соответствующего отчетного периода",
    kind: "unknown",
    dates: [],
    source: "its1c",
  },
  { text: "не позднее трех месяцев после окончания отчетного периода", kind: "unknown", dates: [], source: "its1c" },
  {
    text: "не позднее 28 марта года, следующего за истекшим налоговым периодом",
    kind: "unknown",
    dates: [],
    source: "its1c",
  },
  {
    text: "не позднее 25-го числа месяца, следующего за истекшим налоговым периодом",
    kind: "unknown",
    dates: [],
    source: "kv34",
  },
  { text: "не позднее 28 апреля, 28 июля и 28 октября текущего года", kind: "unknown", dates: [], source: "kv34" },
  { text: "не позднее 25 апреля", kind: "not-later-than", dates: [`${Y}-04-25`], source: "kv34" },
  {
    text: "не позднее последнего числа месяца, следующего за истекшим отчетным периодом",
    kind: "unknown",
    dates: [],
    source: "astrakhan",
  },
  {
    text: "не позднее 10 февраля года, следующего за истекшим налоговым периодом",
    kind: "unknown",
    dates: [],
    source: "astrakhan",
  },
  {
    text: "не позднее чем через два месяца со дня принятия решения о ее проведении",
    kind: "conditional",
    dates: [],
    source: "fz79test",
  },
  {
    text: "не позднее чем через 14 календарных дней со дня принятия решения о ее проведении",
    kind: "conditional",
    dates: [],
    source: "fz79test",
  },
  {
    text: "не позднее чем в 15-дневный срок со дня получения запроса",
    kind: "conditional",
    dates: [],
    source: "consultant305378",
  },
  { text: "в 3-дневный срок", kind: "unknown", dates: [], source: "consultant305378" },
  { text: "в месячный срок", kind: "unknown", dates: [], source: "consultant305378" },
  { text: "срочно", kind: "unknown", dates: [], source: "consultant305378" },
  { text: "оперативно", kind: "unknown", dates: [], source: "consultant305378" },
  { text: "в течение трех календарных дней", kind: "conditional", dates: [], source: "altai473313848" },
  { text: "не позднее указанного срока", kind: "unknown", dates: [], source: "altai473313848" },
  {
    text: "ежемесячно в срок до 6-го рабочего дня месяца, следующего за отчетным",
    kind: "recurring",
    dates: ["2024-02-07", "2024-03-10"],
    source: "cntd727645480",
    until: "2024-03-31",
  },
  {
    text: "ежегодно в срок до 01 февраля года, следующего за отчетным",
    kind: "recurring",
    dates: ["2025-01-31", "2026-01-31"],
    source: "cntd727645480",
    until: "2026-12-31",
  },
  { text: "за месяц до окончания текущего года", kind: "unknown", dates: [], source: "ulanude445043552" },
  {
    text: "не позднее чем за 20 дней до истечения текущего квартала",
    kind: "unknown",
    dates: [],
    source: "ulanude445043552",
  },
  { text: "не позднее 12.00 часов среды текущей недели", kind: "unknown", dates: [], source: "ulanude445043552" },
  {
    text: "ежеквартально, до 01 числа месяца, следующего за отчетным периодом",
    kind: "recurring",
    dates: ["2024-03-31", "2024-06-30", "2024-09-30"],
    source: "cntd543547225",
    until: "2024-09-30",
  },
  {
    text: "ежеквартально, до 03 числа месяца, следующего за отчетным кварталом",
    kind: "recurring",
    dates: ["2024-04-02", "2024-07-02", "2024-10-02"],
    source: "cntd543547225",
  },
  {
    text: "до 13 января года, следующего за отчетным",
    kind: "before",
    dates: ["2025-01-12"],
    source: "cntd543547225",
    until: "2026-12-31",
  },
  {
    text: "один раз, не позднее 25 числа месяца, следующего за отчетным годом",
    kind: "not-later-than",
    dates: ["2025-01-25"],
    source: "cntd543547225",
    until: "2026-12-31",
  },
  {
    text: "ежеквартально в срок не позднее 30 числа месяца, следующего за отчетным кварталом",
    kind: "recurring",
    dates: ["2024-04-30", "2024-07-30", "2024-10-30"],
    source: "garant409347976",
  },
  {
    text: "в срок не позднее 15 рабочих дней, следующих за днем окончания реализации проекта",
    kind: "conditional",
    dates: [],
    source: "kaliningrad428653149",
  },
  {
    text: "ежеквартально, не позднее 25-го числа последнего месяца",
    kind: "recurring",
    dates: ["2024-03-25", "2024-06-25", "2024-09-25", "2024-12-25"],
    source: "kaliningrad428653149",
  },
  {
    text: "ежеквартально до 15 числа месяца, следующего за отчетным периодом",
    kind: "recurring",
    dates: ["2024-04-14", "2024-07-14", "2024-10-14"],
    source: "kamchatka406076188",
  },
  {
    text: "ежегодно до 01 марта года, следующего за годом получения субсидии",
    kind: "conditional",
    dates: [],
    source: "garant44436852",
  },
  {
    text: "в течение 5 рабочих дней со дня получения от организации отчета об использовании субсидии",
    kind: "conditional",
    dates: [],
    source: "garant44436852",
  },
  {
    text: "не позднее 01 марта текущего финансового года",
    kind: "not-later-than",
    dates: [`${Y}-03-01`],
    source: "cntd460281058",
  },
  {
    text: "не позднее 3 числа каждого месяца, следующего за отчетным",
    kind: "recurring",
    dates: ["2024-02-03", "2024-03-03", "2024-04-03"],
    source: "cntd460281058",
    until: "2024-04-30",
  },
  {
    text: "ежеквартально в срок до 10 числа месяца, следующего за отчетным периодом",
    kind: "recurring",
    dates: ["2024-04-09", "2024-07-09", "2024-10-09"],
    source: "cntd574682427",
  },
  {
    text: "ежемесячно не позже 15-го числа месяца после отчетного",
    kind: "recurring",
    dates: ["2024-02-15", "2024-03-15"],
    source: "packedoo",
    until: "2024-03-31",
  },
  {
    text: "ежегодно не позже 1-го марта года, идущего за отчетным",
    kind: "recurring",
    dates: ["2025-03-01", "2026-03-01"],
    source: "packedoo",
    until: "2026-12-31",
  },
  {
    text: "ежеквартально не позже 20-ти дней с окончания отчетного периода",
    kind: "recurring",
    dates: ["2024-04-20", "2024-07-20", "2024-10-20"],
    source: "packedoo",
  },
  { text: "до 15 числа месяца, следующего за отчетным", kind: "unknown", dates: [], source: "mebstroy" },
  { text: "Годовая", kind: "unknown", dates: [], source: "cntd570857833" },
  {
    text: "Ежеквартально нарастающим итогом за период с начала года",
    kind: "unknown",
    dates: [],
    source: "consultant472452",
  },
  { text: "не ранее 15 и не позднее 10 дней до дня его проведения", kind: "conditional", dates: [], source: "rg" },
  { text: "на 01.02.2025г", kind: "unknown", dates: [], source: "budgetBelrn" },
  { text: "Постоянно", kind: "unknown", dates: [], source: "consultant482400" },
  { text: "До замены новыми", kind: "unknown", dates: [], source: "consultant482400" },
  // More phrases from the same kinds of texts.
  { text: "26.02.2024", kind: "date", dates: ["2024-02-26"], source: "futazhik" },
  { text: "25.07.2023", kind: "date", dates: ["2023-07-25"], source: "kuhnymoskva" },
  { text: "1 раз в год", kind: "unknown", dates: [], source: "packedoo" },
  { text: "не позднее следующего рабочего дня", kind: "conditional", dates: [], source: "mebstroy" },
  { text: "в 10-дневный срок", kind: "unknown", dates: [], source: "consultant305378" },
  { text: "С 01.01.2024г. по 08.01.2023г.", kind: "unknown", dates: [], source: "gul13" },
  { text: "(01.09-31.12.2023г)", kind: "range", dates: ["2023-12-31"], source: "gul13" },
  { text: "(01.01-31.05.2024г)", kind: "range", dates: ["2024-05-31"], source: "gul13" },
  { text: "4 ноября 2024 г. – 29 декабря 2024 г.", kind: "range", dates: ["2024-12-29"], source: "sch2009" },
  { text: "28 октября 2024 г. –", kind: "unknown", dates: [], source: "sch2009" },
  { text: "23 мая", kind: "date", dates: [`${Y}-05-23`], source: "bryansk" },
  { text: "1 сентября", kind: "date", dates: [`${Y}-09-01`], source: "nsn" },
  { text: "за IV квартал – не позднее 25 января", kind: "unknown", dates: [], source: "kv34" },
  {
    text: "не позднее чем через один месяц со дня принятия решения о ее проведении",
    kind: "conditional",
    dates: [],
    source: "fz79test",
  },
  {
    text: "не позднее чем через три месяца со дня принятия решения о ее проведении",
    kind: "conditional",
    dates: [],
    source: "fz79test",
  },
  {
    text: "не позднее чем за 15 дней до истечения текущего месяца",
    kind: "unknown",
    dates: [],
    source: "ulanude445043552",
  },
  {
    text: "не позднее пятнадцати рабочих дней, следующих за отчетным кварталом (годом)",
    kind: "unknown",
    dates: [],
    source: "rosmorrechflot",
  },
  { text: "в 2015 году", kind: "during", dates: ["2015-12-31"], source: "consultant413581" },
  { text: "в 2022 году", kind: "during", dates: ["2022-12-31"], source: "ivanovo" },
  { text: "в 2023 году", kind: "during", dates: ["2023-12-31"], source: "ivanovo" },
  { text: "с 2019 по 2021 годы", kind: "range", dates: ["2021-12-31"], source: "dzenSmolensk" },
  { text: "в декабре 2018 года", kind: "during", dates: ["2018-12-31"], source: "dzenPskov" },
  { text: "20 января 2021 г.", kind: "date", dates: ["2021-01-20"], source: "rtdety" },
  { text: "на период 2006-2008 годов", kind: "range", dates: ["2008-12-31"], source: "moscow268" },
  { text: "до 2010 года", kind: "unknown", dates: [], source: "moscow268" },
  { text: "в осенне-зимний период 2012-2013 годов", kind: "unknown", dates: [], source: "rostov220" },
];
