//! Word tables of the mention scanner: number words, scale words, currencies, units,
//! qualifiers and months. Every rule of [`super::mentions`] reads its words from here.

use super::Qualifier;

/// Cardinal number words below one hundred.
pub const SMALL_NUMBERS: &[(&str, u32)] = &[
    ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
    ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
    ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
    ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fourty", 40), ("fifty", 50),
    ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
];

/// Scale words and their multipliers; `short` ones ("bn", "m", "B") count only right after a
/// money amount, where they cannot be mistaken for a unit or a letter.
pub struct Scale {
    pub word: &'static str,
    pub exp: u32,
    pub short: bool,
}

/// Scale words (lower case), with the power of ten they stand for.
pub const SCALES: &[Scale] = &[
    Scale { word: "hundred", exp: 2, short: false },
    Scale { word: "thousand", exp: 3, short: false },
    Scale { word: "thousands", exp: 3, short: false },
    Scale { word: "million", exp: 6, short: false },
    Scale { word: "millions", exp: 6, short: false },
    Scale { word: "billion", exp: 9, short: false },
    Scale { word: "billions", exp: 9, short: false },
    Scale { word: "trillion", exp: 12, short: false },
    Scale { word: "trillions", exp: 12, short: false },
    Scale { word: "lakh", exp: 5, short: false },
    Scale { word: "lakhs", exp: 5, short: false },
    Scale { word: "crore", exp: 7, short: false },
    Scale { word: "crores", exp: 7, short: false },
    Scale { word: "k", exp: 3, short: true },
    Scale { word: "m", exp: 6, short: true },
    Scale { word: "mm", exp: 6, short: true },
    Scale { word: "mn", exp: 6, short: true },
    Scale { word: "mln", exp: 6, short: true },
    Scale { word: "mil", exp: 6, short: true },
    Scale { word: "b", exp: 9, short: true },
    Scale { word: "bn", exp: 9, short: true },
    Scale { word: "bln", exp: 9, short: true },
    Scale { word: "bil", exp: 9, short: true },
    Scale { word: "t", exp: 12, short: true },
    Scale { word: "tn", exp: 12, short: true },
    Scale { word: "trn", exp: 12, short: true },
    Scale { word: "tr", exp: 12, short: true },
    Scale { word: "cr", exp: 7, short: true },
];

/// Currency symbols (one token) and their ISO 4217 codes.
pub const SYMBOLS: &[(&str, &str)] = &[
    ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("₿", "BTC"), ("元", "CNY"),
    ("₡", "CRC"), ("₾", "GEL"), ("₭", "LAK"), ("₩", "KRW"), ("₽", "RUB"), ("₺", "TRY"), ("₪", "ILS"),
    ("₦", "NGN"), ("₱", "PHP"), ("₫", "VND"), ("฿", "THB"), ("₴", "UAH"), ("₸", "KZT"),
];

/// Letters written before "$" that name the dollar ("US$", "C$", "HK$", "u.s $").
/// `spaced` prefixes may stand one space before the sign (as tokenised text writes them).
pub const DOLLAR_PREFIXES: &[(&str, &str, bool)] = &[
    ("us", "USD", true), ("u.s", "USD", true), ("u.s.", "USD", true), ("usd", "USD", true),
    ("c", "CAD", true), ("ca", "CAD", true), ("cad", "CAD", true), ("can", "CAD", false),
    ("a", "AUD", false), ("au", "AUD", true), ("aud", "AUD", true),
    ("hk", "HKD", true), ("hkd", "HKD", true), ("nz", "NZD", true), ("nzd", "NZD", true),
    ("s", "SGD", false), ("sg", "SGD", true), ("sgd", "SGD", true),
    ("mex", "MXN", true), ("mxn", "MXN", true), ("r", "BRL", false), ("nt", "TWD", true),
];

/// ISO 4217 codes (and "rmb") recognised as words before or after a number ("USD 200",
/// "200 usd"), with the code they stand for. Codes that are also common words or names of
/// other things (TRY, ALL, PHP, ...) are left out.
pub const CODES: &[(&str, &str)] = &[
    ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"), ("jpy", "JPY"), ("cny", "CNY"), ("rmb", "CNY"),
    ("chf", "CHF"), ("cad", "CAD"), ("aud", "AUD"), ("hkd", "HKD"), ("nzd", "NZD"), ("sgd", "SGD"),
    ("inr", "INR"), ("krw", "KRW"), ("brl", "BRL"), ("mxn", "MXN"), ("rub", "RUB"), ("sek", "SEK"),
    ("nok", "NOK"), ("dkk", "DKK"), ("zar", "ZAR"), ("pln", "PLN"), ("czk", "CZK"), ("huf", "HUF"),
    ("ils", "ILS"), ("aed", "AED"), ("sar", "SAR"), ("twd", "TWD"), ("thb", "THB"), ("idr", "IDR"),
    ("myr", "MYR"), ("btc", "BTC"), ("xbt", "BTC"),
];

/// Currency names written after a number, longest first where they share a prefix:
/// (words, ISO code, factor to the major unit).
pub const NAMES: &[(&str, &str, f64)] = &[
    ("united states dollars", "USD", 1.0), ("united states dollar", "USD", 1.0),
    ("u.s. dollars", "USD", 1.0), ("u.s. dollar", "USD", 1.0), ("us dollars", "USD", 1.0),
    ("us dollar", "USD", 1.0), ("american dollars", "USD", 1.0),
    ("canadian dollars", "CAD", 1.0), ("canadian dollar", "CAD", 1.0),
    ("australian dollars", "AUD", 1.0), ("australian dollar", "AUD", 1.0),
    ("hong kong dollars", "HKD", 1.0), ("hong kong dollar", "HKD", 1.0),
    ("new zealand dollars", "NZD", 1.0), ("new zealand dollar", "NZD", 1.0),
    ("singapore dollars", "SGD", 1.0), ("singapore dollar", "SGD", 1.0),
    ("taiwan dollars", "TWD", 1.0), ("new taiwan dollars", "TWD", 1.0),
    ("dollars", "USD", 1.0), ("dollar", "USD", 1.0), ("bucks", "USD", 1.0),
    ("euros", "EUR", 1.0), ("euro", "EUR", 1.0),
    ("pounds sterling", "GBP", 1.0), ("british pounds", "GBP", 1.0), ("british pound", "GBP", 1.0),
    ("pounds", "GBP", 1.0), ("pound", "GBP", 1.0), ("sterling", "GBP", 1.0),
    ("japanese yen", "JPY", 1.0), ("yen", "JPY", 1.0),
    ("chinese yuan", "CNY", 1.0), ("yuan", "CNY", 1.0), ("renminbi", "CNY", 1.0), ("kuai", "CNY", 1.0),
    ("swiss francs", "CHF", 1.0), ("swiss franc", "CHF", 1.0),
    ("french francs", "FRF", 1.0), ("francs", "FRF", 1.0), ("franc", "FRF", 1.0),
    ("finnish markka", "FIM", 1.0), ("markkaa", "FIM", 1.0), ("markka", "FIM", 1.0),
    ("deutsche marks", "DEM", 1.0), ("deutsche mark", "DEM", 1.0), ("deutschmarks", "DEM", 1.0),
    ("dutch guilders", "NLG", 1.0), ("guilders", "NLG", 1.0), ("guilder", "NLG", 1.0),
    ("pesetas", "ESP", 1.0), ("peseta", "ESP", 1.0),
    ("indian rupees", "INR", 1.0), ("rupees", "INR", 1.0), ("rupee", "INR", 1.0),
    ("mexican pesos", "MXN", 1.0), ("pesos", "MXN", 1.0), ("peso", "MXN", 1.0),
    ("turkish lira", "TRY", 1.0), ("lira", "TRY", 1.0),
    ("south african rand", "ZAR", 1.0), ("rand", "ZAR", 1.0),
    ("korean won", "KRW", 1.0), ("rubles", "RUB", 1.0), ("roubles", "RUB", 1.0), ("ruble", "RUB", 1.0),
    ("reais", "BRL", 1.0), ("real", "BRL", 1.0), ("kronor", "SEK", 1.0), ("kroner", "NOK", 1.0),
    ("bitcoins", "BTC", 1.0), ("bitcoin", "BTC", 1.0),
    ("satoshis", "BTC", 1e-8), ("satoshi", "BTC", 1e-8),
    ("cents", "USD", 0.01), ("cent", "USD", 0.01), ("pence", "GBP", 0.01), ("penny", "GBP", 0.01),
    ("pennies", "GBP", 0.01), ("ரூ", "LKR", 1.0),
];

/// Names that count only with a number before them that is not a year or a count of things
/// ("real" and "rand" are English words; "5 real" is not money): these need a scale word or
/// a plural form in front.
pub const WEAK_NAMES: &[&str] = &["real", "rand", "sterling", "bucks"];

/// Units of quantities: (words, unit, factor to that unit).
pub const UNITS: &[(&str, &str, f64)] = &[
    ("gigawatts", "GW", 1.0), ("gigawatt", "GW", 1.0), ("gw", "GW", 1.0),
    ("megawatts", "GW", 0.001), ("megawatt", "GW", 0.001), ("mw", "GW", 0.001),
    ("terawatts", "GW", 1000.0), ("terawatt", "GW", 1000.0), ("tw", "GW", 1000.0),
    ("gigawatt-hours", "GWh", 1.0), ("gwh", "GWh", 1.0), ("terawatt-hours", "GWh", 1000.0), ("twh", "GWh", 1000.0),
    ("years", "year", 1.0), ("year", "year", 1.0), ("months", "month", 1.0), ("month", "month", 1.0),
    ("shares", "shares", 1.0), ("employees", "employees", 1.0), ("jobs", "jobs", 1.0),
];

/// Words that make a number a percentage.
pub const PERCENT_WORDS: &[&str] = &["percent", "percents", "percentage", "per cent", "pct", "percentage points"];

/// Qualifier cues that stand right before a figure, longest first where they share words.
pub const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("up to", Qualifier::UpTo),
    ("as much as", Qualifier::UpTo),
    ("as many as", Qualifier::UpTo),
    ("no more than", Qualifier::UpTo),
    ("not more than", Qualifier::UpTo),
    ("less than", Qualifier::UpTo),
    ("fewer than", Qualifier::UpTo),
    ("a maximum of", Qualifier::UpTo),
    ("maximum of", Qualifier::UpTo),
    ("capped at", Qualifier::UpTo),
    ("under", Qualifier::UpTo),
    ("below", Qualifier::UpTo),
    ("approximately", Qualifier::Approx),
    ("approx.", Qualifier::Approx),
    ("roughly", Qualifier::Approx),
    ("around", Qualifier::Approx),
    ("about", Qualifier::Approx),
    ("nearly", Qualifier::Approx),
    ("almost", Qualifier::Approx),
    ("close to", Qualifier::Approx),
    ("some", Qualifier::Approx),
    ("an estimated", Qualifier::Approx),
    ("estimated", Qualifier::Approx),
    ("circa", Qualifier::Approx),
    ("an approximate", Qualifier::Approx),
    ("just over", Qualifier::Approx),
    ("just under", Qualifier::Approx),
    ("more than", Qualifier::AtLeast),
    ("at least", Qualifier::AtLeast),
    ("in excess of", Qualifier::AtLeast),
    ("upwards of", Qualifier::AtLeast),
    ("upward of", Qualifier::AtLeast),
    ("north of", Qualifier::AtLeast),
    ("a minimum of", Qualifier::AtLeast),
    ("minimum of", Qualifier::AtLeast),
    ("could exceed", Qualifier::AtLeast),
    ("may exceed", Qualifier::AtLeast),
    ("would exceed", Qualifier::AtLeast),
    ("to exceed", Qualifier::AtLeast),
    ("exceeding", Qualifier::AtLeast),
    ("exceeds", Qualifier::AtLeast),
    ("exceed", Qualifier::AtLeast),
    ("topping", Qualifier::AtLeast),
    ("over", Qualifier::AtLeast),
    ("beyond", Qualifier::AtLeast),
];

/// Month names and abbreviations with their numbers.
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
    ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
    ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
];
