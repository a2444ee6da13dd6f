//! Cue tables of the claim rules: which words around a figure make it which attribute, and
//! which words hedge, deny, condition, supersede or set a claim apart. Every rule of
//! `rules` reads its words from here; none names a company, an amount or an article.

/// Where a cue stands relative to the figure, and how many words may lie between them.
#[derive(Debug, Clone, Copy)]
pub enum Side {
    Before(usize),
    After(usize),
}

/// What else a rule needs before it applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Nothing,
    /// The sentence speaks of conditions ("once conditions are met", "contingent", "tied to").
    Condition,
    /// The sentence speaks of acquiring.
    Acquisition,
    /// The sentence does not speak of acquiring.
    NoAcquisition,
    /// A count of years follows the cue ("over eight years").
    Term,
    /// The sentence speaks of investing (money words, "investment", "funding", ...).
    Investment,
    /// The sentence expands an agreement ("expanded its contracts with OpenAI by ...").
    Expansion,
    /// Shares are named before the figure, in its clause ("214.8 million shares at $23.28
    /// each").
    Shares,
    /// A stake is named before the figure, in its clause ("a 49% stake in Scale AI for about
    /// $14 billion"), in a sentence that does not speak of acquiring.
    Stake,
    /// The sentence speaks of conditions and the figure prices a share ("targets that rise to
    /// $600 per share").
    PerShareCondition,
    /// The article is not about an acquisition (two sentences or more speak of acquiring).
    NoAcquisitionStory,
    /// A contract's noun stands a few words before the cue ("an agreement with Vantor worth"),
    /// in a sentence of no investing and no acquisition.
    ContractNoun,
    /// The figure's clause names each share before it ("Each Ansys share was converted into
    /// ... and $199.91 in cash"), or "each" follows the cue ("into $142.50 in cash each"), in
    /// an article about an acquisition.
    EachShare,
    /// In an article about an acquisition, the figure's sentence changes a price before it
    /// ("lowered the price it will pay for iRobot by about 15%, to roughly $1.42 billion").
    PriceChange,
    /// The figure's sentence ends a deal ("had the deal ended", "if either side walks away":
    /// [`DEAL_ENDING_WORDS`]).
    DealEnds,
    /// The figure's sentence sells assets ([`SELLING_WORDS`] or a word of buying, with an
    /// [`ASSET_NOUNS`] noun after it and no party between) and no noun of buying a company
    /// ([`COMPANY_DEAL_NOUNS`]) follows the figure ("their $24.6 billion merger").
    AssetSale,
    /// Outside an acquisition, a party stands between the cue (a word of valuing) and the "at"
    /// right before the figure: "a round that valued Anthropic at $183 billion".
    ValuedParty,
    /// In an article about an acquisition, no word of adding ([`ADDING_WORDS`]) stands
    /// between the figure and the cue after it: "$4.7 billion of Albertsons' net debt" is the
    /// debt, "$1.7 billion, including iRobot's net debt" a price with it.
    DebtItself,
    /// The nearest of the words before the figure (at most twelve) that name a dividend
    /// ([`DIVIDEND_NOUNS`]) or a price ([`PRICE_NOUNS`], [`BUY_WORDS`], [`ACQUIRING_VERBS`],
    /// [`SPEND_VERBS`]) names a dividend: "reduced by that dividend, expected to be about
    /// $6.85 per share".
    Dividend,
    /// No comma stands between the figure and the cue ("$5 billion in Anthropic now", not "up
    /// to $8 billion, WeWork is now"; "the funding round could reach $10 billion", not "which
    /// led the round, committed $1.2 billion").
    Unbroken,
    /// A company's share follows the cue: a capitalised name of one or two words, then
    /// "share" or "stock" ("for each VMware share", "per Gamma share").
    NamedShare,
    /// A verb of putting money in ([`CONTRIBUTING_VERBS`]) stands right before the figure
    /// ("Nvidia put about $800 million into the round").
    PutIn,
    /// "for" and a company paid for itself follow the figure (see `price_of_a_company`):
    /// "paid $3.35 billion for Chronosphere", not "paid $2 billion for Nvidia chips".
    PaidForCompany,
}

/// A rule that gives a money figure its attribute.
pub struct MoneyRule {
    pub attribute: &'static str,
    pub cues: &'static [&'static str],
    pub side: Side,
    pub need: Need,
}

macro_rules! rule {
    ($attr:expr, $side:expr, $need:expr, [$($cue:expr),* $(,)?]) => {
        MoneyRule { attribute: $attr, cues: &[$($cue),*], side: $side, need: $need }
    };
}

/// Money rules, tried in order: the first that matches gives the attribute.
pub const MONEY_RULES: &[MoneyRule] = &[
    // "agreed to sell 413 stores to C&S for about $1.9 billion", "a $1.98 billion deal under
    // which C&S will buy more than 400 locations": the price of assets a company sells off
    // (often to win a regulator over), not the price of a company (see `Ctx::asset_sale`).
    rule!(
        "divestiture_price",
        Side::Before(3),
        Need::AssetSale,
        ["for", "pay", "paying", "pays", "paid"]
    ),
    rule!(
        "divestiture_price",
        Side::After(1),
        Need::AssetSale,
        [
            "deal",
            "agreement",
            "sale",
            "transaction",
            "divestiture",
            "in cash"
        ]
    ),
    // "$14.9 billion including debt", "an enterprise value of $14.9 billion": the price of a
    // company bought with the debt the buyer takes on, beside the price of its shares.
    rule!(
        "enterprise_value",
        Side::After(3),
        Need::Acquisition,
        [
            "including debt",
            "including assumed debt",
            "including net debt",
            "inclusive of net debt",
            // "amounting to $35.9 billion, inclusive of assumed net leverage"
            "including assumed net leverage",
            "inclusive of assumed net leverage"
        ]
    ),
    // "a deal with a $6.4 billion enterprise value, net of cash" (right after the figure: not
    // "£4.2 billion, with an implied enterprise value of £4.8 billion")
    rule!(
        "enterprise_value",
        Side::After(0),
        Need::Acquisition,
        ["enterprise value"]
    ),
    rule!(
        "enterprise_value",
        Side::Before(3),
        Need::Acquisition,
        [
            "enterprise value of",
            "enterprise value at",
            // "The implied enterprise value for Norfolk Southern is $85 billion"
            "enterprise value for",
            "enterprise value"
        ]
    ),
    // "The total enterprise value, including net debt, is $64.5 billion", "The
    // transaction's value, including debt, is about $64.5 billion": a total that counts the
    // debt, not the debt.
    rule!(
        "enterprise_value",
        Side::Before(2),
        Need::Acquisition,
        [
            "including net debt",
            "including debt",
            "inclusive of net debt",
            "including assumed debt"
        ]
    ),
    // "including about $4.7 billion of Albertsons' net debt", "net debt of roughly $275.6
    // million": the debt a buyer takes on with the company, which the price of its shares and
    // the price including debt differ by.
    rule!(
        "net_debt",
        Side::After(3),
        Need::DebtItself,
        ["net debt", "in net debt", "of net debt"]
    ),
    rule!(
        "net_debt",
        Side::Before(2),
        Need::Acquisition,
        ["net debt of", "net debt"]
    ),
    // "putting the total value of the deal at around 2 trillion yen": the price, not a total
    // of several investments.
    rule!(
        "acquisition_price",
        Side::Before(3),
        Need::Acquisition,
        [
            "value of the deal at",
            "values the deal at",
            // "values Juniper's equity at about $13.3 billion": what the shares cost.
            "equity value of",
            "equity value at",
            // "Norfolk Southern's equity value would be about $72 billion"
            "equity value for",
            "equity value",
            "equity at",
            "valuing the deal at",
            "valued the deal at",
            "deal value of",
            "deal valued at"
        ]
    ),
    // "$15.25 billion in equity and debt", "bringing the total it has raised in the financing
    // to $15.25 billion": an equity round and the debt raised with it, together.
    rule!(
        "financing_total",
        Side::After(3),
        Need::Nothing,
        [
            "in equity and debt",
            "in debt and equity",
            "of equity and debt",
            "of debt and equity",
            "including debt",
            // "a $30 billion financing package": what is raised in all, by any means
            "financing package"
        ]
    ),
    rule!(
        "financing_total",
        Side::Before(2),
        Need::Nothing,
        [
            "total financing",
            "in the financing to",
            "the financing to",
            "financing package of",
            "financing package worth"
        ]
    ),
    // "$5.25 billion in debt financing", "a $2.75 billion term loan": borrowed money, not a
    // round of equity.
    rule!(
        "debt_financing",
        Side::After(3),
        Need::Nothing,
        [
            "in debt",
            "of debt",
            "debt financing",
            "in debt financing",
            "credit facility",
            "revolving credit facility",
            "credit line",
            "line of credit",
            "term loan",
            // "$32bn of committed bank financing", "a $10 billion bridge loan"
            "bank financing",
            "bank loans",
            "bridge loan",
            "bridge financing",
            "loan",
            "loan facility",
            "financing facility",
            "debt facility",
            "in loans",
            "in borrowing",
            "notes",
            "senior notes",
            "unsecured notes",
            "bonds",
            "in bonds"
        ]
    ),
    rule!(
        "debt_financing",
        Side::Before(2),
        Need::Nothing,
        [
            "borrow",
            "borrowed",
            "borrowing",
            "debt financing of",
            "credit facility of",
            "loan of",
            // "a fully underwritten bridge facility of up to €16.2 billion"
            "bridge facility of",
            "bridge loan of",
            "bridge financing of",
            "loan facility of",
            "term loan of"
        ]
    ),
    // "plans to syndicate $10 billion of its commitment": the part an investor passes on to
    // others, not another investment of its own.
    rule!(
        "syndicated_amount",
        Side::Before(2),
        Need::Nothing,
        [
            "syndicate",
            "syndicates",
            "syndicated",
            "syndicating",
            "sell down",
            "selling down"
        ]
    ),
    rule!(
        "cumulative_total",
        Side::Before(6),
        Need::Nothing,
        [
            "total investment",
            "total investments",
            "total stake",
            "total to",
            "bringing the total to",
            "brings the total to",
            "bringing its total to",
            "in total to",
            "cumulative investment",
            "cumulative exposure",
            "total exposure",
            "total backing",
            "total funding",
            "total value to",
            "total value of",
            "value of its contracts",
            "value of the contracts",
            // "its funding to date has passed $200 million"
            "funding to date",
            "funding so far",
            "raised to date",
            "raised so far",
            // "bringing the total it has raised to $3 billion"
            "has raised to",
            "have raised to"
        ]
    ),
    // "has raised $3 billion to date": all the rounds together.
    rule!(
        "cumulative_total",
        Side::After(2),
        Need::Nothing,
        ["to date", "so far"]
    ),
    rule!(
        "valuation_pre_money",
        Side::After(3),
        Need::Nothing,
        ["pre-money", "pre money", "premoney", "pre-investment"]
    ),
    rule!(
        "valuation_pre_money",
        Side::After(2),
        Need::Nothing,
        [
            "before the new money",
            "before the investment",
            "before the money",
            "before the new investment",
            "before the funding",
            "not including the new investment",
            "excluding the new money",
            "excluding the new funding"
        ]
    ),
    rule!(
        "valuation_pre_money",
        Side::Before(2),
        Need::Nothing,
        [
            "pre-money valuation of",
            "pre-money valuation",
            "pre-money value of",
            "pre-investment valuation of",
            "pre-investment valuation"
        ]
    ),
    rule!(
        "valuation_post_money",
        Side::Before(8),
        Need::Nothing,
        [
            "counting the fresh capital",
            "counting the new money",
            "including the new money",
            "including the fresh capital",
            "including the new capital",
            "including the investment",
            "including the new funding"
        ]
    ),
    rule!(
        "valuation_post_money",
        Side::After(3),
        Need::Nothing,
        [
            "post-money",
            "post money",
            "postmoney",
            "post-investment",
            "after the investment",
            "after the funding",
            "after the round",
            "after the financing",
            "after the deal",
            "after the raise",
            "including the new funding",
            "including the investment",
            "including the new capital",
            "including the new money",
        ]
    ),
    rule!(
        "valuation_post_money",
        Side::Before(2),
        Need::Nothing,
        [
            "post-money valuation of",
            "post-money valuation",
            "post-money value of",
            "post-investment valuation of",
            "post-investment valuation"
        ]
    ),
    // "an interim dividend of 28 pence a share", "including a 20p dividend": what the
    // company pays its shareholders, not a price paid for its shares.
    rule!(
        "dividend",
        Side::Before(3),
        Need::Nothing,
        [
            "dividend of",
            "dividends of",
            "dividend payment of",
            "dividend worth"
        ]
    ),
    rule!(
        "dividend",
        Side::After(2),
        Need::Nothing,
        ["dividend", "dividends", "dividend payment"]
    ),
    // "the $600 stock price attached to the final tranche", "stock price targets that rise
    // to $600 per share": a price the stock must reach for money or shares to vest, not a
    // price paid.
    rule!(
        "share_price_target",
        Side::After(1),
        Need::Condition,
        [
            "stock price",
            "share price",
            "price target",
            "stock price target"
        ]
    ),
    rule!(
        "share_price_target",
        Side::Before(3),
        Need::PerShareCondition,
        [
            "price target",
            "price targets",
            "price threshold",
            "price thresholds",
            "targets",
            "thresholds",
            "hurdles",
            "price hurdles"
        ]
    ),
    // "a special dividend of up to $4 billion, or $6.85 a share": what the company pays out
    // for each share, not a price paid for it.
    rule!(
        "dividend_per_share",
        Side::After(1),
        Need::Dividend,
        ["per share", "a share", "each share", "per-share", "apiece"]
    ),
    rule!(
        "price_per_share",
        Side::After(1),
        Need::Nothing,
        [
            "per share",
            "a share",
            "each share",
            "per-share",
            "apiece",
            // "$62.20 per common share in cash"
            "per common share",
            "a common share",
            // shares listed abroad: "$47 to $51 per American depositary share"
            "per american depositary share",
            "per depositary share",
            "per ads"
        ]
    ),
    // "buying 214.8 million shares at $23.28 each": a price of shares, each.
    rule!("price_per_share", Side::After(0), Need::Shares, ["each"]),
    // "will receive $197 in cash and 0.345 of a Synopsys share for each share they own",
    // "each Ansys share was converted into ... $199.91 in cash": the cash paid a share.
    rule!(
        "price_per_share",
        Side::After(10),
        Need::Acquisition,
        [
            "for each share",
            "for every share",
            "for each of their shares"
        ]
    ),
    rule!(
        "price_per_share",
        Side::After(0),
        Need::EachShare,
        ["in cash"]
    ),
    // "$138.23 for each VMware share", "about $138 per VMware share", "$142.50 in cash or
    // 0.2520 of a Gamma share for each Vantor share they hold": a share named by its company.
    rule!(
        "price_per_share",
        Side::After(10),
        Need::NamedShare,
        ["for each", "for every"]
    ),
    // ("$88.82 in cash per NSC share": two words may stand between.)
    rule!("price_per_share", Side::After(2), Need::NamedShare, ["per"]),
    // ("up to $1 in cash per share": so may they before "per share", which names nothing
    // else; not "a share", which may be a stake: "$4 billion for a share of Acme".)
    rule!(
        "price_per_share",
        Side::After(2),
        Need::Nothing,
        ["per share"]
    ),
    // "lowered the price it will pay for iRobot by about 15%, to roughly $1.42 billion": the
    // new price (a price a share is taken by the rules above).
    rule!(
        "acquisition_price",
        Side::Before(1),
        Need::PriceChange,
        ["to"]
    ),
    // "the potential sales value of the agreement at about $90 billion": a supply agreement's
    // value (in an acquisition, the first rule of this table makes it the price).
    rule!(
        "contract_value",
        Side::Before(3),
        Need::NoAcquisition,
        [
            "value of the agreement at",
            "value of the contract at",
            "values the agreement at",
            "values the contract at",
            "value of the agreement",
            "value of the contract",
            // "The base of the agreement is $17.4 billion": its value before any option.
            "base of the agreement is",
            "base of the contract is"
        ]
    ),
    rule!(
        "termination_fee",
        Side::After(3),
        Need::Acquisition,
        [
            "if it walked away",
            "if it walks away",
            "if the deal falls through",
            "if the deal collapses",
            "if the deal is terminated",
            "if the agreement is terminated",
            "if the deal is blocked",
            "if regulators block"
        ]
    ),
    // "Amazon is paying iRobot $94 million to end the agreement": paid to end a deal or a
    // contract, whatever it was.
    rule!(
        "termination_fee",
        Side::After(3),
        Need::Nothing,
        [
            "to end the agreement",
            "to end the deal",
            "to end the merger agreement",
            "to end the contract",
            "to terminate the agreement",
            "to terminate the deal",
            "to terminate the merger agreement",
            "to terminate the contract"
        ]
    ),
    // "iRobot would have owed Amazon a $56 million fee had the deal ended": a fee in a
    // sentence where the deal ends.
    // ("If Orbital walks away before closing, it owes Kestrel $5 billion in fees".)
    rule!(
        "termination_fee",
        Side::After(0),
        Need::DealEnds,
        ["fee", "fees", "in fees"]
    ),
    rule!(
        "termination_fee",
        Side::After(3),
        Need::Nothing,
        [
            "termination fee",
            "breakup fee",
            "break-up fee",
            "break fee",
            "reverse termination fee",
            // "$1 billion in cash as a breakup fee"
            "as a termination fee",
            "as a breakup fee",
            "as a break-up fee",
            "as a break fee"
        ]
    ),
    rule!(
        "termination_fee",
        Side::Before(6),
        Need::Nothing,
        [
            "termination fee of",
            "termination fees of",
            "breakup fee of",
            "break-up fee of",
            "break fee of",
            "termination fee",
            "breakup fee"
        ]
    ),
    // "Investors were required to put in at least $250 million to review its books": the
    // least an investor had to put in, no one's investment.
    rule!(
        "minimum_investment",
        Side::Before(1),
        Need::Nothing,
        [
            "required to put in",
            "required to invest",
            "had to put in",
            "had to invest",
            "must put in",
            "must invest",
            "minimum investment of",
            "minimum check of"
        ]
    ),
    // "the acquisition costs $6.4 billion": what a deal costs is its price.
    rule!(
        "acquisition_price",
        Side::Before(1),
        Need::Acquisition,
        [
            "acquisition costs",
            "acquisition will cost",
            "deal costs",
            "deal will cost"
        ]
    ),
    // "After July 5, the fee doubles to $1.5 billion": the fee the sentence before named,
    // changed by a date or an event, in an article about an acquisition.
    rule!(
        "termination_fee",
        Side::Before(1),
        Need::Acquisition,
        ["fee doubles to", "fee rises to", "fee falls to"]
    ),
    // "a market value of about $65 billion at the closing price": what the market puts on the
    // shares on a day, not a valuation a deal sets.
    rule!(
        "market_value",
        Side::Before(3),
        Need::Nothing,
        [
            "market value of",
            "market value",
            "market capitalization of",
            "market capitalization",
            "market capitalisation of",
            "market capitalisation",
            "market cap of",
            "market cap",
            // "values Pioneer at a premium to its closing value of about $55.4 billion"
            "closing value of",
            // "Last Thursday, PXD stock had a $50.1 billion valuation": what the shares were
            // worth on a day
            "stock had a",
            "shares had a"
        ]
    ),
    rule!(
        "market_value",
        Side::After(1),
        Need::Nothing,
        [
            "market value",
            "market capitalization",
            "market capitalisation",
            "market cap"
        ]
    ),
    // "The contract runs through 2029 and is worth about $6.3 billion": what a contract is
    // worth is its value, no company's valuation.
    rule!(
        "contract_value",
        Side::Before(1),
        Need::ContractNoun,
        [
            "is worth",
            "was worth",
            "be worth",
            "are worth",
            "were worth"
        ]
    ),
    rule!(
        "valuation_unspecified",
        Side::Before(5),
        Need::Nothing,
        [
            "valued at",
            "valuing",
            "values",
            "valuation of",
            "valuation at",
            "valuation to",
            "a valuation",
            "valued it at",
            // "a round that valued the company at $2.85 billion"
            "valued the company at",
            "valued the startup at",
            "valued the firm at",
            "valued the business at",
            "value of",
            "value",
            "is worth",
            "was worth",
            "now worth",
            "be worth"
        ]
    ),
    // "has seen its valuation soar to $29.3 billion", "Anysphere's valuation had surged to
    // $29.3 billion": a valuation that rose to the figure (or from it: the earlier one).
    rule!(
        "valuation_unspecified",
        Side::Before(1),
        Need::Nothing,
        [
            "valuation soar to",
            "valuation soared to",
            "valuation soars to",
            "valuation jumped to",
            "valuation jumps to",
            "valuation surged to",
            "valuation surges to",
            "valuation rose to",
            "valuation rises to",
            "valuation climbed to",
            "valuation climbs to",
            "valuation grew to",
            "valuation increased to",
            "valuation doubled to",
            "valuation tripled to",
            "valuation had soared to",
            "valuation had jumped to",
            "valuation had surged to",
            "valuation had risen to",
            "valuation had climbed to",
            "valuation had grown to",
            "valuation had increased to",
            "valuation had doubled to",
            "valuation had tripled to",
            "valuation has soared to",
            "valuation has jumped to",
            "valuation has surged to",
            "valuation has risen to",
            "valuation has climbed to",
            "valuation has grown to",
            "valuation has increased to",
            "valuation has doubled to",
            "valuation has tripled to",
            // "the valuation jumped from $9.9 billion ... to $29.3 billion": the one before.
            "valuation soared from",
            "valuation jumped from",
            "valuation surged from",
            "valuation rose from",
            "valuation climbed from",
            "valuation grew from",
            "valuation increased from",
            "valuation fell from",
            "valuation dropped from",
        ]
    ),
    rule!(
        "valuation_unspecified",
        Side::After(3),
        Need::Nothing,
        [
            "was worth",
            "is worth",
            "were worth",
            "was valued",
            "is valued"
        ]
    ),
    // "in a round that valued Anthropic at $183 billion", "the deal valued Arm at $64 billion":
    // the company named between a word of valuing and "at" is valued (in an acquisition, the
    // rules of its price read it).
    rule!(
        "valuation_unspecified",
        Side::Before(6),
        Need::ValuedParty,
        ["valued", "values", "valuing", "value"]
    ),
    // "$300 billion valuation"; not "raised $5 billion at a valuation of ...", whose valuation is the next figure.
    rule!(
        "valuation_unspecified",
        Side::After(0),
        Need::Nothing,
        ["valuation", "valuations"]
    ),
    // "raise its investment to the full $4 billion", "its total commitment would reach $4 billion"
    rule!(
        "deal_total",
        Side::Before(4),
        Need::Nothing,
        [
            "its investment to",
            "investment to the full",
            "its stake to",
            "its commitment to",
            "total commitment",
            "commitment would reach",
            "total commitment would reach"
        ]
    ),
    // "raised $1.5 billion by selling mandatory convertible preferred stock": money raised
    // by a sale of securities, not a round of funding (notes or bonds sold make it debt,
    // see `rules`).
    rule!(
        "equity_financing",
        Side::After(1),
        Need::Nothing,
        [
            "by selling",
            "by issuing",
            "through the sale of",
            "through a sale of",
            "from the sale of",
            "in a sale of",
            "through an offering of",
            "in an offering of",
            // "more than $27 billion of debt and about $2.5 billion of equity"
            "of equity",
            "in equity"
        ]
    ),
    // "Approximately $36 billion will come from equity contributions by PIF, Silver Lake and
    // Affinity Partners", "$20 billion will be funded through debt financing": how the price
    // is paid, said by the verb after the figure.
    rule!(
        "equity_financing",
        Side::After(3),
        Need::Nothing,
        [
            "come from equity",
            "comes from equity",
            "coming from equity",
            "funded with equity",
            "funded through equity",
            "financed with equity",
            "financed through equity"
        ]
    ),
    rule!(
        "debt_financing",
        Side::After(3),
        Need::Nothing,
        [
            "come from debt",
            "comes from debt",
            "coming from debt",
            "funded with debt",
            "funded through debt",
            "financed with debt",
            "financed through debt"
        ]
    ),
    // "a $2.5 billion licensing deal": a license is bought, whatever else the sentence says
    // ("lands Windsurf's leaders in a $2.5 billion licensing deal" raises nothing).
    rule!(
        "contract_value",
        Side::After(1),
        Need::Nothing,
        [
            "licensing deal",
            "licensing agreement",
            "licensing pact",
            "license deal",
            "license agreement",
            "licence deal",
            "licence agreement",
            "licensing fee",
            "licensing fees",
            "in licensing fees",
        ]
    ),
    // "reached a $20 billion deal with AI chip startup Groq to license its hardware": money
    // paid to license something, however far the verb stands in its clause.
    rule!(
        "contract_value",
        Side::After(7),
        Need::Nothing,
        ["to license", "to licence"]
    ),
    // "Nvidia put about $800 million into the round", "invested $300 million in the round":
    // one investor's money, not the round's size.
    rule!(
        "deal_total",
        Side::After(0),
        Need::PutIn,
        [
            "into the round",
            "in the round",
            "to the round",
            "into the funding round",
            "in the funding round",
            "into the financing",
            "in the financing"
        ]
    ),
    // "Skydance will add $1.5 billion of fresh capital to Paramount's balance sheet": in an
    // acquisition, new money put into the company bought (in a round, the round: below).
    rule!(
        "deal_total",
        Side::After(1),
        Need::Acquisition,
        [
            "of fresh capital",
            "of new capital",
            "of new money",
            "of fresh money",
            "in fresh capital",
            "in new capital"
        ]
    ),
    rule!(
        "round_size",
        Side::After(3),
        Need::Nothing,
        [
            "funding round",
            "financing round",
            "investment round",
            "round",
            "raise",
            "fundraise",
            "fundraising",
            "capital raise",
            "in new funding",
            "in fresh funding",
            "in funding",
            "in venture funding",
            "in equity funding",
            // "negotiating about 25 billion dollars in financing" (not "in debt financing")
            "in financing",
            "in new financing",
            "in fresh financing",
            "in equity financing",
        ]
    ),
    // "its $2.6 billion Series B valuation": a round's valuation, no round size.
    rule!(
        "valuation_unspecified",
        Side::After(0),
        Need::Nothing,
        [
            "series a valuation",
            "series b valuation",
            "series c valuation",
            "series d valuation",
            "series e valuation",
            "series f valuation",
            "series g valuation",
            "series h valuation"
        ]
    ),
    // "$60 million in Series A financing"
    rule!(
        "round_size",
        Side::After(0),
        Need::Nothing,
        ["series", "in series"]
    ),
    // "the funding round could reach $10 billion" (not "Thrive, which led the round,
    // committed $1.2 billion": its own money)
    rule!(
        "round_size",
        Side::Before(3),
        Need::Unbroken,
        [
            "funding round",
            "financing round",
            "round",
            "fundraise",
            "fundraising round",
            // "OpenAI's new funding of $6.5 billion"
            "funding of"
        ]
    ),
    rule!(
        "round_size",
        Side::Before(5),
        Need::NoAcquisition,
        [
            "raised",
            "raises",
            "raise",
            "raising",
            "fundraising",
            "round of",
            "lands",
            "landed",
            "secures",
            "secured",
            "nabs",
            "bags",
            "snags",
            "closes",
            "closed",
            "funding round of",
            "financing of",
            "to raise",
        ]
    ),
    // "an initial $23 billion offer": an offer is a price, whatever else the sentence says.
    rule!(
        "acquisition_price",
        Side::After(2),
        Need::Nothing,
        [
            "offer",
            "offered",
            "bid",
            "takeover offer",
            "buyout offer",
            "takeover bid"
        ]
    ),
    rule!(
        "tranche_initial",
        Side::Before(2),
        Need::Nothing,
        [
            "begins with",
            "starts with",
            "start with",
            "beginning with",
            "kicks off with",
            "starting with"
        ]
    ),
    rule!(
        "tranche_initial",
        Side::Before(0),
        Need::Nothing,
        ["first", "initial", "upfront", "up-front"]
    ),
    rule!(
        "tranche_initial",
        Side::Before(2),
        Need::Nothing,
        [
            "initial",
            "initially",
            "first tranche of",
            "first installment of",
            "initial payment of",
            "initial investment of",
            "initial tranche of",
            "upfront payment of",
        ]
    ),
    rule!(
        "tranche_initial",
        Side::After(1),
        Need::Nothing,
        [
            "upfront",
            "up front",
            "up-front",
            "initially",
            "at closing",
            "in the first tranche",
            "as a first tranche",
            "first tranche"
        ]
    ),
    // "will use $35 million of it right away to repay part of its term loan": money that pays
    // back a debt, not a part of the deal.
    rule!(
        "debt_repayment",
        Side::After(6),
        Need::Unbroken,
        ["to repay", "to pay down", "to pay off", "to refinance"]
    ),
    // "investing $5 billion in Anthropic now", "$10 billion in cash now", "paid immediately":
    // the part paid at once.
    rule!(
        "tranche_initial",
        Side::After(3),
        Need::Unbroken,
        ["now", "immediately", "right away"]
    ),
    rule!(
        "tranche_contingent",
        Side::Before(2),
        Need::Nothing,
        [
            "remaining",
            "conditional",
            "contingent",
            "rest of the",
            "second tranche of",
            "later tranche of",
            "balance of",
            "subsequent",
            "deferred",
        ]
    ),
    rule!(
        "tranche_contingent",
        Side::Before(1),
        Need::Condition,
        ["additional", "further", "another"]
    ),
    rule!(
        "tranche_contingent",
        Side::After(4),
        Need::Nothing,
        [
            "contingent",
            "conditional",
            "tied to",
            "to follow",
            "subject to",
            "dependent on",
            "depending on",
            "pending",
            "in later tranches",
            "at a later date",
        ]
    ),
    rule!(
        "tranche_contingent",
        Side::After(2),
        Need::Condition,
        ["once", "upon", "if", "later", "when"]
    ),
    // "an option to put in as much as $2.75 billion more"
    rule!(
        "tranche_contingent",
        Side::After(0),
        Need::Condition,
        ["more"]
    ),
    // "$350 million of CoreWeave stock", "$5 million worth of shares" (in an article about an
    // acquisition, "$17.1 billion in Synopsys stock" is the part of the price paid in the
    // buyer's stock, no investment of the buyer's own: no claim).
    rule!(
        "investor_amount",
        Side::After(3),
        Need::NoAcquisitionStory,
        [
            "stock",
            "shares",
            "worth of shares",
            "worth of stock",
            "of its shares"
        ]
    ),
    // "expanded its contracts with OpenAI by up to $6.5 billion"
    rule!(
        "contract_value",
        Side::Before(1),
        Need::Expansion,
        ["by", "by a further", "by an additional", "by another"]
    ),
    rule!(
        "investor_amount",
        Side::After(3),
        Need::Nothing,
        [
            "stake",
            "equity stake",
            "direct equity stake",
            "minority stake",
            "ownership stake",
            "share"
        ]
    ),
    // "Palo Alto Networks paid $3.35 billion for Chronosphere": what is paid for a company
    // (itself, not its goods) is its price, whatever the article is about.
    rule!(
        "acquisition_price",
        Side::Before(3),
        Need::PaidForCompany,
        ["pay", "pays", "paid", "paying"]
    ),
    rule!(
        "contract_value",
        Side::Before(3),
        Need::Nothing,
        [
            "spend",
            "spending",
            "to spend",
            "commitment to spend",
            "pay",
            "paying"
        ]
    ),
    rule!(
        "contract_value",
        Side::After(3),
        Need::Nothing,
        [
            "agreement",
            "contract",
            "multi-year deal",
            "multiyear deal",
            "cloud deal",
            "cloud contract",
            "compute deal",
            "computing deal",
            "supply deal",
            "chip deal",
            "pact",
            "multi-year agreement",
            "multi-year contract",
            // "entered into a $40 billion arrangement to acquire Kestrel" (a price, when
            // buying follows: see `price_of_a_company`)
            "arrangement",
        ]
    ),
    rule!(
        "contract_value",
        Side::After(6),
        Need::Term,
        [
            "over",
            "over the next",
            "over the course of",
            "across",
            "spanning",
            "for the next"
        ]
    ),
    rule!(
        "contract_value",
        Side::Before(3),
        Need::Nothing,
        [
            "contract worth",
            "contract valued at",
            "agreement worth",
            "agreement valued at",
            "contract for",
            "contract of"
        ]
    ),
    // "signed an agreement with Vantor worth up to $19.4 billion": the contract's noun and its
    // party before the worth.
    rule!(
        "contract_value",
        Side::Before(1),
        Need::ContractNoun,
        ["worth"]
    ),
    rule!(
        "acquisition_price",
        Side::After(3),
        Need::Acquisition,
        [
            "deal",
            "acquisition",
            "takeover",
            "buyout",
            "purchase",
            // "agreed to a $55 billion sale to Silver Lake": the company sold whole.
            "sale to",
            "all-cash deal",
            "all-stock deal",
            "gamble",
            "bet",
            "transaction",
            "merger",
            "offer",
            "bid"
        ]
    ),
    rule!(
        "acquisition_price",
        Side::Before(2),
        Need::Acquisition,
        [
            "for",
            "valued at",
            "worth",
            "offer of",
            "bid of",
            "offer worth",
            "deal valued at",
            "price of",
            "at",
            "valuing"
        ]
    ),
    // "taking a 49% stake in Scale AI for about $14 billion", "a stake in Scale AI worth more
    // than $10 billion": the price of a stake is the money put in.
    rule!("deal_total", Side::Before(1), Need::Stake, ["for", "worth"]),
    // "Meta puts $14.3 billion into Scale AI", "puts another $4 billion into".
    rule!(
        "deal_total",
        Side::Before(1),
        Need::Nothing,
        ["put", "puts", "putting"]
    ),
    // "The investment could exceed $10 billion" (the qualifier, with its modal, stands
    // between: the noun is right before it).
    rule!(
        "deal_total",
        Side::Before(0),
        Need::Nothing,
        ["the investment", "the commitment"]
    ),
    rule!(
        "deal_total",
        Side::After(3),
        Need::Nothing,
        [
            "investment",
            "investments",
            "commitment",
            "deal",
            "bet",
            "injection",
            "infusion",
            "backing",
            "pledge",
            "capital injection",
            "partnership",
            "joint venture",
            "in funding",
        ]
    ),
    rule!(
        "deal_total",
        Side::Before(3),
        Need::Nothing,
        [
            "invest",
            "invests",
            "invested",
            "investing",
            "commit",
            "commits",
            "committed",
            "committing",
            "pledge",
            "pledged",
            "pledges",
            "give",
            "gives",
            "giving",
            "bet",
            "bets",
            "betting",
            "pour",
            "pours",
            "pouring",
            "inject",
            "injects",
            "injecting",
            "provide",
            "provides",
            "providing",
            "contribute",
            "contributes",
            "contributing",
            "investment of",
            "commitment of",
            // "signed a deal worth up to $20bn with Vantor" (a deal of goods or services
            // supplied is a contract: see `rules`).
            "deal worth",
            "deals worth",
            "pact worth",
            "partnership worth",
            // "The investment could exceed $10 billion", "the investment is $2 billion".
            "investment could",
            "investment would",
            "investment will",
            "investment is",
            "investment was",
        ]
    ),
    // The weakest cue last: "an additional $2.75 billion" in a sentence about investing.
    rule!(
        "deal_total",
        Side::Before(1),
        Need::Investment,
        ["additional", "further", "another", "fresh", "new"]
    ),
    // "total development costs of about $27 billion", "a $10 billion campus": what a project
    // costs to build, after every cue of money put in, raised or paid.
    rule!(
        "project_cost",
        Side::Before(3),
        Need::Nothing,
        [
            "development costs of",
            "development cost of",
            "construction costs of",
            "construction cost of",
            "total cost of",
            "to cost",
            "will cost",
            "would cost",
            "price tag of"
        ]
    ),
    rule!(
        "project_cost",
        Side::After(2),
        Need::Nothing,
        [
            "campus",
            "data center",
            "data centre",
            "data center campus",
            "project",
            "facility",
            "plant",
            "factory",
            "complex"
        ]
    ),
];

/// Verbs that lower a price: with a price noun ([`PRICE_NOUNS`]) at most three words after
/// them ("lowered the price", "cut its offer", "cutting the value of the deal"), like the
/// words that raise one ([`BID_RAISE_WORDS`]), they make the figure after "to" the new price
/// in an acquisition.
pub const PRICE_CUT_VERBS: &[&str] = &[
    "lower", "lowers", "lowered", "lowering", "cut", "cuts", "cutting", "reduce", "reduces",
    "reduced", "reducing", "slash", "slashes", "slashed", "slashing", "trim", "trims", "trimmed",
    "trimming",
];

/// Words of a deal's end: with them a fee is the fee for ending it ([`Need::DealEnds`]); "end"
/// and "ends" before "of" end a time ("by the end of March"), not a deal.
pub const DEAL_ENDING_WORDS: &[&str] = &[
    "end",
    "ends",
    "ended",
    "terminate",
    "terminates",
    "terminated",
    "termination",
    "collapse",
    "collapses",
    "collapsed",
    "abandon",
    "abandons",
    "abandoned",
    "scrapped",
    "walk",
    "walks",
    "walked",
];

/// Words of selling assets: with a noun of [`ASSET_NOUNS`] after them, a figure of the sentence
/// prices the assets sold ([`Need::AssetSale`]).
pub const SELLING_WORDS: &[&str] = &[
    "sell",
    "sells",
    "selling",
    "sold",
    "sale",
    "divest",
    "divests",
    "divested",
    "divesting",
    "divestiture",
    "divestitures",
    "divestment",
    "offload",
    "offloads",
    "offloaded",
];

/// Things a company sells off without selling itself: stores, plants, branches.
pub const ASSET_NOUNS: &[&str] = &[
    "assets",
    "stores",
    "locations",
    "supermarkets",
    "pharmacies",
    "restaurants",
    "branches",
    "outlets",
    "sites",
    "plants",
    "factories",
    "mills",
    "mines",
    "refineries",
    "warehouses",
    "hospitals",
    "clinics",
    "stations",
    "towers",
    "pipelines",
    "properties",
    "brands",
];

/// Nouns of buying a whole company: the figure before one is its price, in a sentence that
/// also sells assets ("to clear the way for their $24.6 billion merger").
pub const COMPANY_DEAL_NOUNS: &[&str] = &[
    "merger",
    "mergers",
    "acquisition",
    "acquisitions",
    "takeover",
    "takeovers",
    "buyout",
    "buyouts",
];

/// Nouns of a deal that, opening a clause after a determiner, make what it is worth in an
/// acquisition article its price ("The deal is estimated to be worth $10 billion").
pub const PRICED_DEAL_NOUNS: &[&str] = &[
    "deal",
    "transaction",
    "acquisition",
    "takeover",
    "buyout",
    "merger",
    "purchase",
    "sale",
];

/// Words of shares offered to the public ("priced its initial public offering at $51 per
/// share", "the IPO", "its Nasdaq debut", "American depositary shares"): a price a share in
/// their sentence is no evidence of an acquisition, and an article that names them in two
/// sentences is about that offering (see `offering_company`).
pub const OFFERING_WORDS: &[&str] = &["ipo", "ipos", "offering", "listing", "debut", "depositary"];

/// Words before "by" that name who holds a share ("the 25% of Arm held by its Vision Fund").
pub const HELD_BY_WORDS: &[&str] = &["held", "owned"];

/// Nouns of a merger: the figure before one, where no company bought is named, is the merger
/// of the two parties an article names together (see `Ctx::merging_pair`).
pub const MERGER_NOUNS: &[&str] = &["merger", "mergers"];

/// Words that add what follows them to a figure before ("$1.7 billion, including iRobot's net
/// debt"): see [`Need::DebtItself`].
pub const ADDING_WORDS: &[&str] = &["including", "includes", "include", "with", "plus"];

/// Nouns of what befalls a deal: a time after "the collapse of their $25 billion merger" is
/// the collapse's, not the price's.
pub const DEAL_FATE_NOUNS: &[&str] = &[
    "collapse",
    "demise",
    "failure",
    "termination",
    "end",
    "abandonment",
    "unraveling",
    "blocking",
];

/// Words of a deal's approval: a price on the condition that a deal is approved is the price
/// agreed, not one floated (see `Ctx::floated`).
pub const APPROVAL_WORDS: &[&str] = &[
    "approve",
    "approves",
    "approved",
    "approval",
    "approvals",
    "clear",
    "clears",
    "cleared",
    "clearance",
];

/// Nouns of money a company pays out to its shareholders (see [`Need::Dividend`]).
pub const DIVIDEND_NOUNS: &[&str] = &["dividend", "dividends", "payout", "payouts"];

/// Words before "fee" that make it a fee for ending a deal ("termination fee", "breakup
/// fee"): a sentence that names one speaks of acquiring.
pub const TERMINATION_FEE_WORDS: &[&str] = &["termination", "breakup", "break-up", "break"];

/// The nouns of a price that [`PRICE_CUT_VERBS`] and [`BID_RAISE_WORDS`] change.
pub const PRICE_NOUNS: &[&str] = &["price", "offer", "bid", "value", "valuation"];

/// Words of acquiring: with them, "a $69 billion deal" is a price, not an investment.
pub const ACQUISITION_WORDS: &[&str] = &[
    "acquire",
    "acquires",
    "acquired",
    "acquiring",
    "acquisition",
    "takeover",
    "buyout",
    "merger",
    "take private",
    "take-private",
    "taken private",
    "taking private",
    "go private",
    "going private",
    // "the 2007 privatization of TXU Energy": a listed company bought and taken private.
    "privatization",
    "privatisation",
];

/// Nouns of a bid for a company: the target follows "for" ("KKR's offer for Spectris"), the
/// bidder "from" or "by"; a UK bid is put to shareholders as a "scheme".
pub const BID_NOUNS: &[&str] = &["offer", "bid", "proposal", "scheme"];

/// Verbs right after the party that follows a deal noun, that make it the party that made
/// the deal ("the $72 billion deal Netflix struck").
pub const DEAL_MAKING_VERBS: &[&str] = &[
    "struck",
    "signed",
    "agreed",
    "reached",
    "made",
    "announced",
    "offered",
];

/// Words right after a figure that, with "than" after them, make it the gap between two
/// figures ("$17.6 billion more in cash than the Netflix deal").
pub const DIFFERENCE_WORDS: &[&str] = &["more", "less", "fewer", "higher", "lower"];

/// Words right after a figure that, with a price named after them ([`GAPPED_NOUNS`]), make it
/// the gap between two figures ("a market value of $30 billion, which is $10 billion under the
/// acquisition price", "$2 billion above the earlier offer").
pub const GAP_WORDS: &[&str] = &["under", "below", "above", "over", "short of", "shy of"];

/// Nouns of a figure another is measured against by [`GAP_WORDS`].
pub const GAPPED_NOUNS: &[&str] = &["price", "offer", "bid", "valuation", "value"];

/// Words right before a party that compare a figure with that party's ("higher than
/// Advent's £41.00 a share"): the party is not the one the figure is paid by.
pub const COMPARED_WITH: &[&str] = &["than", "over", "above"];

/// Words that raise a bid when a bid noun ([`BID_NOUNS`]) follows them within three words
/// ("has raised its offer for Spectris to", "raises its bid to", "the sweetened bid"): the
/// figure after is the bidder's new price.
pub const BID_RAISE_WORDS: &[&str] = &[
    "raise",
    "raises",
    "raised",
    "raising",
    "increase",
    "increases",
    "increased",
    "increasing",
    "sweeten",
    "sweetens",
    "sweetened",
    "lift",
    "lifts",
    "lifted",
    "boost",
    "boosts",
    "boosted",
    "improve",
    "improves",
    "improved",
    "revised",
    "bumped",
    "upped",
    // "The new offer ... values Spectris at £4.2 billion", "a higher bid of £41.75"
    "new",
    "higher",
];

/// Verbs that acquire only when a company follows them ("buy Wiz", not "buy the remaining shares").
pub const BUY_WORDS: &[&str] = &[
    "buy",
    "buys",
    "bought",
    "buying",
    "purchase",
    "purchases",
    "purchased",
    "purchasing",
];

/// Verbs of acquiring (the verbs of [`ACQUISITION_WORDS`]): the company after one is bought.
pub const ACQUIRING_VERBS: &[&str] = &["acquire", "acquires", "acquired", "acquiring"];

/// Verbs of paying that, with "for" and a company's name after them, buy the company ("the
/// price it will pay for iRobot").
pub const PAY_FOR_WORDS: &[&str] = &["pay", "pays", "paid", "paying"];

/// Verbs that, with "over" and a company's name after them, buy the company ("agreed to take
/// over VMware"; not "took over as chief executive").
pub const TAKE_OVER_VERBS: &[&str] = &["take", "takes", "took", "taking", "taken"];

/// Nouns that, right before "valued at", make the figure a deal's value, not a company's.
pub const DEAL_NOUNS: &[&str] = &[
    "deal",
    "transaction",
    "acquisition",
    "agreement",
    "contract",
    "offer",
    "takeover",
    "merger",
    "purchase",
    "bid",
    "package",
    "arrangement",
    // "The revised proposal values Metsera at up to $10 billion"
    "proposal",
];

/// Valuation verbs in the active voice: after a deal noun they value their object ("the deal
/// values the startup at $29 billion"), not the deal itself ("a deal valued at $5 billion").
pub const ACTIVE_VALUE_VERBS: &[&str] = &["values", "valuing"];

/// Words that mark a sentence as speaking of conditions on money.
pub const CONDITION_CUES: &[&str] = &[
    "option",
    "completing",
    "completes",
    "tranche",
    "tranches",
    "installment",
    "contingent",
    "conditional",
    "condition",
    "conditions",
    "tied to",
    "hinge on",
    "hinges on",
    "hinge",
    "hinging on",
    "depend on",
    "depends on",
    "dependent on",
    "depending on",
    "trigger",
    "triggers",
    "triggered",
    "subject to",
    // "The deal still needs the approval of regulators": what closing waits on.
    "needs the approval",
    "requires the approval",
    // "The deal still needs approval from the Surface Transportation Board"
    "needs approval",
    "requires approval",
    // "The deal needs regulatory approvals and acceptance by holders of at least 80%"
    "needs regulatory",
    "requires regulatory",
    "needs shareholder",
    "requires shareholder",
    "pending",
    "upon",
    "if",
    "once",
    "unless",
    "provided that",
    "terminate",
    "terminates",
    "vest",
    "vests",
    "vesting",
    "vested",
    // "invest progressively as each gigawatt is deployed", "when the first gigawatt is
    // deployed" (not "when" alone: "when it raised" is a time)
    "progressively",
    "as each",
    "when the first",
    // "as the company meets commercial targets", "performance milestones"
    "milestone",
    "milestones",
    "benchmarks",
    "commercial targets",
    "performance targets",
    "revenue targets",
];

/// Condition terms and the value they give: (phrase, value).
pub const CONDITION_TERMS: &[(&str, &str)] = &[
    ("initial public offering", "IPO"),
    ("ipo", "IPO"),
    ("public listing", "IPO"),
    ("going public", "IPO"),
    ("go public", "IPO"),
    ("public offering", "IPO"),
    ("stock market listing", "IPO"),
    ("artificial general intelligence", "AGI"),
    ("agi", "AGI"),
    ("restructuring", "restructuring"),
    ("recapitalization", "restructuring"),
    ("for-profit conversion", "restructuring"),
    ("conversion to a for-profit", "restructuring"),
    ("conversion into a for-profit", "restructuring"),
    // "contingent on ... changing its corporate structure" (not "paths for its future
    // corporate structure")
    ("changing its corporate structure", "restructuring"),
    ("change its corporate structure", "restructuring"),
    ("changes its corporate structure", "restructuring"),
    ("upend its corporate structure", "restructuring"),
    ("overhaul its corporate structure", "restructuring"),
    ("regulatory approval", "regulatory approval"),
    ("regulatory review", "regulatory approval"),
    ("regulatory reviews", "regulatory approval"),
    ("shareholder vote", "shareholder approval"),
    ("regulatory approvals", "regulatory approval"),
    ("antitrust approval", "regulatory approval"),
    ("regulatory clearance", "regulatory approval"),
    ("antitrust clearance", "regulatory approval"),
    ("shareholder approval", "shareholder approval"),
    ("shareholder approvals", "shareholder approval"),
    ("stockholder approval", "shareholder approval"),
    ("stockholder approvals", "shareholder approval"),
    // "The transaction is not subject to a financing condition": the buyer has its money.
    ("financing condition", "financing"),
    ("financing contingency", "financing"),
    // "may invest another $1 billion next year if OpenAI hits a revenue goal"
    ("revenue goal", "revenue target"),
    ("revenue goals", "revenue target"),
    ("revenue target", "revenue target"),
    ("revenue targets", "revenue target"),
    ("performance milestones", "milestones"),
    ("technical milestones", "milestones"),
    ("milestones", "milestones"),
    ("milestone", "milestones"),
    // Money paid as computing capacity comes online ("as each gigawatt is deployed").
    ("each gigawatt", "capacity deployed"),
    ("first gigawatt", "capacity deployed"),
    ("definitive agreement", "definitive agreement"),
];

/// Words between a hedge of talks and a figure that make the figure the one compared with,
/// not the one talked of ("value the company far above the $86 billion of the tender").
pub const COMPARED_BEYOND: &[&str] = &["above", "below", "than", "beyond"];

/// Words of approving a deal's closing: a condition they name after a price ("subject to
/// regulatory approval", "subject to a vote of Corvex stockholders") is a condition of closing,
/// not of a later tranche.
pub const CLOSING_APPROVAL_WORDS: &[&str] = &[
    "approval",
    "approvals",
    "vote",
    "clearance",
    "clearances",
    "regulators",
    "regulatory",
    "antitrust",
    "closing",
    "customary",
];

/// Who approves a deal, named after "approval of"/"by" or "vote of" (within six words), and
/// the condition their approval is: "approval by Activision shareholders", "the approval of
/// regulators and of EA's stockholders".
pub const APPROVERS: &[(&str, &[&str])] = &[
    (
        "shareholder approval",
        &[
            "shareholders",
            "stockholders",
            "shareholders'",
            "stockholders'",
        ],
    ),
    ("regulatory approval", &["regulators", "regulator"]),
];

/// Words right before a condition that say it could not be met, not that there was none
/// ("the acquisition had no path to regulatory approval").
/// Verbs of aiming at a valuation: the party before "is targeting a valuation of", "seeks a
/// valuation of" is the one valued.
pub const VALUATION_SEEKING_VERBS: &[&str] = &[
    "targeting",
    "targets",
    "targeted",
    "seeking",
    "seeks",
    "sought",
    "eyeing",
    "eyes",
    "eyed",
];

/// Nouns of the form money is paid in, after "in" right after a figure ("pay $40 billion in
/// Class A stock to acquire Kestrel"): the words of buying follow them.
pub const MONEY_FORM_NOUNS: &[&str] = &["cash", "stock", "shares", "equity"];

/// Words after a deal's price that bring in other deals to compare it with ("surpassing
/// transactions like Gamma's acquisition of Delta Games", "its largest buyout since acquiring
/// Mobil"), besides [`SURPASSING_VERBS`].
pub const COMPARED_DEAL_WORDS: &[&str] = &["like", "since"];

/// Words right before a verb of paying that put the payment in the place of buying ("If
/// Orbital decides not to buy, it will instead pay Kestrel $5 billion").
pub const INSTEAD_WORDS: &[&str] = &["instead"];

/// Yuan to the dollar, at most and least, that make a "¥" figure given as a dollar figure's
/// equivalent a sum of yuan (the yen trades at more than eighty to the dollar).
pub const YUAN_PER_DOLLAR: (u32, u32) = (4, 12);

/// Words that add a figure to the one before it ("a $1 billion termination fee plus a $6
/// billion deferred services fee"): a fee added to a termination fee is owed with it.
pub const ADDED_FEE_CUES: &[&str] = &[
    "plus",
    "plus a",
    "plus an",
    "and an additional",
    "and a further",
    "as well as",
    "as well as a",
    "as well as an",
];

/// Words that give a cause: a negation before them is the main verb's, not the condition's
/// after them ("The acquisition did not take place in April because of Orbital's pending
/// public listing": the listing is still the condition).
pub const CAUSE_CUES: &[&str] = &[
    "because of",
    "because",
    "due to",
    "owing to",
    "on account of",
];

pub const UNMET_CONDITION_CUES: &[&str] = &[
    "no path to",
    "no route to",
    "no prospect of",
    "no chance of",
    "no realistic prospect of",
    "failed to win",
    "failed to obtain",
    "failed to secure",
    "could not win",
    "could not obtain",
];

/// Words that deny what follows them in the clause ("no longer ... AGI").
pub const NEGATIONS: &[&str] = &[
    "no longer",
    "not",
    "n't",
    "never",
    "neither",
    "nor",
    "without",
    "rather than",
    "instead of",
    "denied",
    "denies",
    "deny",
    "ruled out",
    "rules out",
    "no",
    "non",
];

/// Words right after a company's verb of speech that make it say what it does itself ("Quill
/// said it would pay $26 a share", "said that it", "said they"), not speak of another's figure
/// ("Jefferies said the $24 offer price").
pub const SPEAKER_ACTS_WORDS: &[&str] = &["it", "its", "they", "their", "we", "our", "that"];

/// Verbs of choosing: after "may" they tell what a party is allowed to do ("shareholders may
/// elect to receive", "may seek better offers"), not that a report is unsure.
pub const CHOICE_VERBS: &[&str] = &[
    "choose", "elect", "opt", "seek", "solicit", "decide", "pick",
];

/// Hedges that make a whole sentence unconfirmed (attribution to unnamed sources, reports).
pub const SENTENCE_HEDGES: &[&str] = &[
    "according to people",
    "according to sources",
    "according to a person",
    "according to persons",
    "according to reports",
    "according to media reports",
    "people familiar",
    "person familiar",
    "sources familiar",
    "sources said",
    // "..., sources told Reuters"
    "sources told",
    "people told",
    "sources say",
    "source said",
    "source close",
    "sources close",
    "people close",
    "persons close",
    "is reported to",
    "are reported to",
    "was reported to",
    "were reported to",
    "reportedly",
    "rumored",
    "rumoured",
    "is said to",
    "are said to",
    "was said to",
    "unconfirmed",
    // "Nvidia has not confirmed the $20 billion licensing agreement"
    "not confirmed",
    "not officially confirmed",
    "not yet confirmed",
    "declined to confirm",
    "would not confirm",
    "did not confirm",
    "anonymity",
    "anonymous",
    "declined to be named",
    "speculation",
    "speculated",
    "reported shift",
    "reports suggest",
    "reports suggesting",
    "some reports",
    "media reports",
    "in talks",
    "source familiar",
    // "is seeking to raise $2 billion": a raise sought is talked of, not done.
    "seeking to raise",
    "seeks to raise",
    "looking to raise",
    "in discussions",
    "discussions around",
    "negotiating",
    "in negotiations",
    "the people said",
    "people said",
    "these people said",
    "the people added",
    "people briefed",
    "a person close",
    "a person familiar",
    // "In one scenario being discussed, Vantor would invest about $95 million"
    "in one scenario",
];

/// Hedges that make their clause unconfirmed (modal verbs, possibility).
pub const CLAUSE_HEDGES: &[&str] = &[
    // "Vantor nears a deal to buy Corvex for $9 billion"
    "nears",
    "may",
    "might",
    "could",
    "possible",
    "possibly",
    "potential",
    "potentially",
    "considering",
    "weighing",
    "exploring",
    "likely",
    "unlikely",
    "suggests",
    "suggesting",
    "speculated",
    "reportedly",
    "rumored",
];

/// Hedges that make their clause unconfirmed, of more than one word: talks of a deal not
/// yet made ("is in advanced talks to go private at a valuation of roughly $50 billion",
/// "Electronic Arts is nearing a $50 billion sale"); not in another clause ("a 32% premium to
/// Juniper's close, before the Journal reported that the two companies were in advanced
/// talks").
pub const CLAUSE_HEDGE_PHRASES: &[&str] = &[
    "in advanced talks",
    "in early talks",
    "in exclusive talks",
    "in final talks",
    "in late-stage talks",
    "in advanced negotiations",
    "in advanced discussions",
    "is nearing",
    "are nearing",
    // "The talks value the publisher at roughly $50 billion": a price not yet agreed.
    "talks value",
    "talks valued",
    "talks would value",
];

/// Nouns of talks of a deal: what they value a company at, in an article about acquiring it,
/// is the price talked of ("The talks value the video game publisher at roughly $50
/// billion").
pub const TALKS_NOUNS: &[&str] = &["talks", "negotiations", "discussions"];

/// Verbs of surpassing between a cue and a figure: the cue is of what surpasses, the figure
/// the one surpassed ("the total value of the deal eclipses the $32 billion price paid to
/// take TXU private", "surpassing the $45 billion paid for TXU").
pub const SURPASSING_VERBS: &[&str] = &[
    "eclipses",
    "eclipsed",
    "eclipsing",
    "surpasses",
    "surpassed",
    "surpassing",
    "dwarfs",
    "dwarfed",
    "dwarfing",
    "exceeds",
    "exceeded",
    "exceeding",
    "outstrips",
    "outstripped",
    "outstripping",
    "tops",
    "topped",
    "topping",
];

/// Participles of things done once that still stand, after "previously" before a figure: "a
/// previously declared dividend of $0.64" is declared before, not replaced.
pub const STANDING_PARTICIPLES: &[&str] = &["declared", "paid", "disclosed", "issued"];

/// Words before a figure that mark it as replaced.
pub const SUPERSEDED_CUES: &[&str] = &[
    "previously proposed",
    "previously planned",
    "previously announced",
    "previously reported",
    "previously",
    "initially reported",
    "initially proposed",
    "initially planned",
    "originally planned",
    "originally proposed",
    "originally",
    "earlier proposed",
    "earlier reported",
    // "The Daily Ledger briefly misreported a $35 billion sale": a figure reported wrongly,
    // then corrected.
    "misreported",
    "incorrectly reported",
    "erroneously reported",
    "wrongly reported",
    "mistakenly reported",
    "formerly",
    "once-planned",
    // "SoftBank had once hoped to raise $8 billion to $10 billion": a plan given up.
    "once hoped",
    "had hoped",
    "originally hoped",
    "initially hoped",
    "once aimed",
    "had aimed",
    "originally aimed",
    "initially aimed",
    "initially",
    "earlier",
    "up from",
    "higher than the",
    "higher than",
    "above the",
    "compared with",
    "increase from",
    "raised from",
];

/// How an acquisition is paid: (phrase, value).
pub const CONSIDERATION_TERMS: &[(&str, &str)] = &[
    ("all-cash", "cash"),
    ("all cash", "cash"),
    ("in cash", "cash"),
    ("cash-only", "cash"),
    ("all-stock", "stock"),
    ("all stock", "stock"),
    ("in stock", "stock"),
    ("stock-for-stock", "stock"),
    ("cash-and-stock", "cash and stock"),
    ("cash and stock", "cash and stock"),
    ("stock and cash", "cash and stock"),
    ("cash and shares", "cash and stock"),
    // "$4.5 billion in cash or stock": each holder chooses, the price is paid in both (as
    // "$142.50 in cash or 0.2520 of a Vantor share" is).
    ("cash or stock", "cash and stock"),
    ("stock or cash", "cash and stock"),
    ("cash or shares", "cash and stock"),
    ("in cash or stock", "cash and stock"),
    ("in cash or shares", "cash and stock"),
    // Longer than "in cash" at the same word, so they win over it.
    ("in cash and stock", "cash and stock"),
    ("in cash and shares", "cash and stock"),
    ("in stock and cash", "cash and stock"),
];

/// Words before an offer that mark it as one the deal replaced ("its initial $23 billion offer").
pub const EARLIER_OFFER_CUES: &[&str] = &[
    "initial",
    "original",
    "earlier",
    "first",
    "previous",
    "prior",
    "rejected",
    "initially",
    "turned down",
];

/// Cues of [`EARLIER_OFFER_CUES`] that are verbs of refusing: after a party ("the board
/// rejected the offer") the offer refused is the one on the table, not an earlier one.
pub const REFUSING_VERBS: &[&str] = &["rejected", "turned"];

/// Words before a cue of [`EARLIER_OFFER_CUES`] that make it an adjective of the offer ("the
/// rejected offer", "its rejected bid"), besides a possessive name.
pub const OFFER_DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "that", "this",
];

/// Verbs of paying out: the company invested in, named right before one, spends the figure
/// after it ("Anthropic commits $100 billion to AWS"), it does not receive it.
pub const PAYER_VERBS: &[&str] = &[
    "commit",
    "commits",
    "committed",
    "committing",
    "pledge",
    "pledges",
    "pledged",
    "pledging",
    "pay",
    "pays",
    "paid",
    "paying",
    "spend",
    "spends",
    "spent",
    "spending",
];

/// Auxiliaries of the past: with a verb in "-ed", they put a figure's clause in the past.
pub const PAST_AUXILIARIES: &[&str] = &[
    "was", "were", "had", "did", "sold", "paid", "made", "took", "won",
];

/// Words between a part of a round and the "from" that names its investor ("$10 billion
/// came from Beta", "is coming from").
pub const COMING_WORDS: &[&str] = &["came", "comes", "coming", "come", "is", "was", "will"];

/// Verbs that lower an amount; "to" right before a figure, one of these within the four
/// words before it ("could be reduced to", "may cut its commitment to"), makes the figure the
/// lowered amount.
pub const REDUCTION_VERBS: &[&str] = &[
    "reduce",
    "reduced",
    "reduces",
    "reducing",
    "cut",
    "cuts",
    "cutting",
    "lower",
    "lowered",
    "lowers",
    "trim",
    "trimmed",
    "scale",
    "scaled",
    "shrink",
    "shrunk",
    "shrinks",
    "slash",
    "slashed",
    "decrease",
    "decreased",
];

/// Modal verbs that, before a lowered amount in its clause, make it hypothetical ("could be
/// reduced to").
pub const MODAL_WORDS: &[&str] = &["could", "would", "might", "may"];

/// Words that, anywhere in its sentence, make a lowered amount hypothetical ("cut to $20
/// billion if the restructuring fails").
pub const CONDITION_OPENERS: &[&str] = &["if", "unless"];

/// Words that continue a figure with a later one of the same kind ("rising to $3 billion").
pub const CONTINUATION_CUES: &[&str] = &[
    "rising to",
    "rises to",
    "increasing to",
    "growing to",
    "falling to",
    "dropping to",
    "raised to",
    "cut to",
    "then to",
    "and later",
];

/// Words that open the earlier side of a comparison ("up from the $5 billion it sought").
pub const COMPARISON_CUES: &[&str] = &[
    // "valuing it at $157 billion, close to twice the $86 billion of its share sale"
    "twice the",
    "double the",
    "triple the",
    "up from",
    "up from the",
    "down from",
    "down from the",
    "from the",
    "higher than the",
    "compared with",
    "compared with the",
    "versus",
    "rather than",
];

/// Words right after "if", "once" or "when" that make the condition the deal's own coming
/// about ("if the two sides reach an agreement", "once finalised"): a hedge, not a tranche's
/// condition.
pub const DEAL_AGREED_WORDS: &[&str] = &[
    "agreement",
    "agree",
    "agrees",
    "finalized",
    "finalised",
    "finalize",
    "finalise",
    "signed",
    "talks",
    "negotiations",
];

/// The verbs of spending among the cues of a contract's value: their figure is a contract's
/// only when the clause names who is paid.
pub const SPEND_VERBS: &[&str] = &["spend", "spending", "pay", "paying", "pays", "paid"];

/// Words that may follow a company paid for ("pay $3 billion for Windsurf in cash", "for
/// Windsurf, but ..."): with another word after the name ("for Nvidia chips"), the money
/// buys a thing, not the company.
pub const BOUGHT_PARTY_FOLLOWERS: &[&str] = &[
    "in",
    "and",
    "if",
    "but",
    "as",
    "when",
    "after",
    "before",
    "by",
    "from",
    "with",
    "on",
    "last",
    "this",
    "earlier",
    "to",
    "at",
    "including",
    "which",
    "that",
    "while",
    "until",
];

/// Words between a valuation and a dated round after it that make them one event ("valued at
/// $43 billion after it raised $500 million in September 2023").
pub const TIME_LINKS: &[&str] = &["when", "after", "following"];

/// Words between two figures of a sentence that make the second a detail of the first's
/// event ("a round that valued it at", "at a ... valuation").
pub const DETAIL_LINKS: &[&str] = &["that", "which", "at"];

/// Words between two figures of a sentence that open a fresh statement.
pub const FRESH_STATEMENT_WORDS: &[&str] = &["and", "but", "while", "now", "today", "new"];

/// Words right before a figure that mark an earlier, separate arrangement ("existing $38 billion deal").
pub const PRIOR_CUES: &[&str] = &[
    "existing", "previous", "prior", "earlier", "original", "old", "current",
];

/// Nouns of a contract, whose term a count of years gives ("a five-year contract", "their
/// agreement ... over eight years").
pub const CONTRACT_NOUNS: &[&str] = &[
    "contract",
    "contracts",
    "agreement",
    "agreements",
    "lease",
    "leases",
];

/// Nouns of an arrangement that a [`PRIOR_CUES`] word dates before the deal at hand: "an
/// earlier commitment of $80 billion".
pub const ARRANGEMENT_NOUNS: &[&str] = &[
    "commitment",
    "investment",
    "deal",
    "agreement",
    "pledge",
    "contract",
];

/// The [`ARRANGEMENT_NOUNS`] of money put in: an earlier one is an earlier investment, not an
/// earlier contract.
pub const INVEST_NOUNS_OF_PRIOR: &[&str] = &["commitment", "investment", "pledge"];

/// Words right before a figure that make it an increment ("an additional $100 billion").
pub const INCREMENT_CUES: &[&str] = &[
    "by",
    "additional",
    "an additional",
    "further",
    "another",
    "extra",
    "by an additional",
    "by a further",
    "by another",
];

/// Words before "by" and a figure that make the figure the means of something, not the size
/// of a change ("backed by $54 billion of debt", "equity from Gamma and by $20 billion of
/// loans"): there "by" is no [`INCREMENT_CUES`] cue.
pub const MEANS_BEFORE_BY: &[&str] = &[
    "and",
    "or",
    "backed",
    "funded",
    "financed",
    "supported",
    "underpinned",
    "secured",
    "covered",
    "guaranteed",
];

/// Words right before a party that make it one who lends or backs ("backed by equity from
/// Gamma", "debt commitments from Delta Bank"), not the one that raises the money.
pub const LENDER_LINKS: &[&str] = &["by", "from"];

/// Words right before a party that introduce it as another than the one a sentence speaks
/// of ("led by", "a merger with"): "its" after it does not stand for it.
pub const NOT_ANTECEDENT_LINKS: &[&str] = &["by", "from", "with"];

/// Possessive pronouns that stand for a party named before them ("its $8 billion merger").
pub const POSSESSIVE_PRONOUNS: &[&str] = &["its", "their"];

/// Openers that set a sentence (and its paragraph) apart from the article's main deal.
pub const SEPARATE_OPENERS: &[&str] = &[
    "separately",
    "separate",
    "in a separate",
    "in separate",
    "in an unrelated",
    "unrelated",
    "in other news",
];

/// Words right before a figure that set it apart ("a separate $50 billion investment",
/// "another, separate $10 billion").
pub const SEPARATE_CUES: &[&str] = &["separate", "unrelated"];

/// Investment forms: (phrase, value).
pub const FORM_TERMS: &[(&str, &str)] = &[
    ("preferred stock", "equity"),
    ("preferred shares", "equity"),
    ("common stock", "equity"),
    ("common shares", "equity"),
    ("equity stake", "equity"),
    ("stock", "equity"),
    ("minority ownership stake", "equity"),
    ("ownership stake", "equity"),
    ("minority stake", "equity"),
    ("stake", "equity"),
    ("equity", "equity"),
    ("shares", "equity"),
    ("cloud computing capacity", "compute capacity"),
    ("computing capacity", "compute capacity"),
    ("compute capacity", "compute capacity"),
    ("cloud credits", "compute capacity"),
    ("compute credits", "compute capacity"),
    ("computing credits", "compute capacity"),
    ("cloud services", "compute capacity"),
    ("convertible notes", "debt"),
    ("convertible debt", "debt"),
    ("debt financing", "debt"),
    ("loans", "debt"),
    ("loan", "debt"),
    ("in cash", "cash"),
];

/// Phrases after which a form term describes what the money buys ("designated for ... Preferred Stock").
pub const FORM_LEADS: &[&str] = &[
    "structured as",
    "takes the form of",
    "take the form of",
    // "The money comes as convertible notes."
    "comes as",
    "came as",
    "designated for",
    "in the form of",
    "to purchase",
    "to buy",
    "in exchange for",
    "paid in",
    "purchase the",
    "buy the",
];

/// Words before a date that make it a deadline.
pub const DEADLINE_CUES: &[&str] = &[
    "due by",
    "due on",
    "due",
    "by",
    "deadline of",
    "deadline",
    "expires on",
    "expire on",
    "expires",
    "expiring on",
    "expire",
    "no later than",
    "until",
    "through",
];

/// Words before a date that make it an expected closing.
pub const CLOSE_CUES: &[&str] = &[
    "expected to close in fiscal year",
    "expected to close in fiscal",
    "close in fiscal year",
    "close by the end of",
    "expected to close",
    "expected to close in",
    "expected to close by",
    "set to close",
    "to close in",
    "to close by",
    "closing in",
    "close by",
    "close in",
    // "expects the deal to close early in its fiscal year 2027"
    "close early in",
    "close late in",
    // "anticipated to close within the first half of 2025", "to conclude in the first half"
    "close within",
    "conclude in",
    // "now expect to complete it toward the end of 2025", "expect to close the transaction on
    // Dec. 11"
    "complete it",
    "close it",
    "close the transaction on",
    "close the transaction in",
    "close the transaction by",
    "close the deal on",
    "close the deal in",
    "close the deal by",
    "completion in",
    "expected to be completed",
    // "expects the deal to complete by the first quarter of 2026": a UK deal completes.
    // ("close in or before" was tried: with "or", "on" and "before" numbered among the cue
    // words, the huge-file check's peak RSS rose from 480 MB to 720 MB; left out until that
    // is understood.)
    "expected to complete",
    "expected to complete in",
    "expected to complete by",
    "to complete in",
    "to complete by",
    "completion by",
    // "anticipates the deal's closure by the end of 2024"
    "closure by",
    "closure in",
    "completion is expected in",
    "completion is expected by",
    // "expected to complete the transaction in its fiscal year 2023": the deal named between
    "complete the transaction in",
    "complete the deal in",
    "complete the acquisition in",
    // "expect to complete the merger on Aug. 7"
    "complete the merger on",
    "complete the merger in",
    "complete the merger by",
    "close the merger on",
    "close the merger in",
    "close the transaction in",
    "close the deal in",
    "close the acquisition in",
];

/// Words before a year that make it a delivery date.
pub const DELIVERY_CUES: &[&str] = &[
    "delivery in",
    "deliveries in",
    "delivered in",
    "delivery from",
    "deliver in",
    "begin delivery in",
    "expected for delivery in",
    "shipping in",
    "ship in",
    "ships in",
    "arrive in",
    "available in",
    "expected in",
    "expected from",
    "expected by",
    "slated for",
    "due in",
    "launch in",
    // capacity: "due to come online by the end of the year"
    "online by",
    "online in",
    "operational by",
    "operational in",
    // a facility's: "the campus is expected to be completed in 2029"
    "completed in",
    "completed by",
];

/// Nouns that make "expected in 2027" a delivery (of a product), not another event.
pub const PRODUCT_NOUNS: &[&str] = &[
    "chip",
    "chips",
    "processor",
    "processors",
    "gpu",
    "gpus",
    "hardware",
    "servers",
    "accelerator",
    "accelerators",
    "delivery",
    "deliveries",
    "model",
    "models",
    "data center",
    "data centers",
    "capacity",
    "campus",
    "facility",
    "plant",
];

/// Nouns of computing goods: a party right before one is their maker ("AMD graphics
/// processors", "Nvidia systems"), not the holder of the capacity they make.
pub const GOODS_NOUNS: &[&str] = &[
    "chip",
    "chips",
    "processor",
    "processors",
    "gpu",
    "gpus",
    "hardware",
    "servers",
    "systems",
    "accelerator",
    "accelerators",
];

/// Nouns of capacity or services bought, which with a verb of supplying or buying make a
/// deal a contract ("supply computing power", "buy GPU capacity").
pub const CAPACITY_NOUNS: &[&str] = &[
    "capacity",
    "compute",
    "computing",
    "services",
    "power",
    "electricity",
    // "reserving ~5 GW" (the unit, after its number)
    "gw",
    "gigawatts",
    "mw",
    "megawatts",
];

/// Verbs of buying or leasing what a contract supplies ("buy GPU capacity", "lease servers").
pub const SERVICE_BUY_VERBS: &[&str] = &[
    "buy",
    "buys",
    "bought",
    "buying",
    "lease",
    "leases",
    "leased",
    "leasing",
    "rent",
    "rents",
    "rented",
    "renting",
    "purchase",
    "purchases",
    "purchased",
    "purchasing",
    // "to secure computing power", "reserving ~5 GW"
    "secure",
    "secures",
    "secured",
    "securing",
    "reserve",
    "reserves",
    "reserved",
    "reserving",
];

/// Words only of money put in: a sentence with one is about investing even when goods are
/// supplied in it.
pub const INVEST_ONLY_WORDS: &[&str] = &[
    "invest",
    "invests",
    "invested",
    "investing",
    "investment",
    "investor",
    "investors",
    "stake",
    "equity",
    "funding",
    "round",
    "valuation",
];

/// Nouns right before a company's name, after words of description, that describe it
/// ("cloud data management company Corvex"), besides the entities' description heads.
/// Words after a sum that make it a rate, with the period each gives ("paying $150 million per
/// month", "$400 million a year"): a rate is no total, and its claim's attribute says so
/// ("contract_value_per_month").
pub const RATE_PERIODS: &[(&str, &str)] = &[
    ("a year", "year"),
    ("per year", "year"),
    ("each year", "year"),
    ("every year", "year"),
    ("a yr", "year"),
    ("annually", "year"),
    ("per annum", "year"),
    ("a month", "month"),
    ("per month", "month"),
    ("each month", "month"),
    ("every month", "month"),
    ("a quarter", "quarter"),
    ("per quarter", "quarter"),
    ("each quarter", "quarter"),
    // "a $30 billion annual commitment"
    ("annual", "year"),
    ("yearly", "year"),
    ("monthly", "month"),
    ("quarterly", "quarter"),
];

/// Words after "a year" that make it a time, not a rate ("$5 billion a year ago").
pub const RATE_TIME_FOLLOWERS: &[&str] = &["ago", "earlier", "later", "before", "after", "from"];

/// Words before "value" that make it what a deal comes to, no company's valuation ("the total
/// value", "the transaction value"): such a value that its sentence does not make a
/// contract's or a price gives no claim.
pub const DEAL_VALUE_LEADS: &[&str] = &[
    "total",
    "combined",
    "aggregate",
    "overall",
    "deal",
    "transaction",
    "contract",
    "face",
    "notional",
];

/// Verbs of putting money in, read right before a figure put into a round ([`Need::PutIn`]).
pub const CONTRIBUTING_VERBS: &[&str] = &[
    "put",
    "puts",
    "putting",
    "invest",
    "invests",
    "invested",
    "investing",
    "contribute",
    "contributes",
    "contributed",
    "contributing",
    "commit",
    "commits",
    "committed",
    "committing",
];

/// Verbs of a company's income: a sum they come before (in the figure's clause) is what the
/// company takes in, no term of a deal ("generates somewhere around $10-13 billion
/// annually").
pub const REVENUE_VERBS: &[&str] = &[
    "generates",
    "generated",
    "generating",
    "earns",
    "earned",
    "earning",
];

/// Nouns of a company's income, read after "in" or "of" right after a sum ("$317 billion in
/// future contract revenue"): the sum is income, no term of a deal.
pub const REVENUE_NOUNS: &[&str] = &["revenue", "revenues", "sales", "income", "earnings"];

/// Nouns of what a deal is expected to save or earn for its parties: "in" or "of" and one of
/// them within three words after a sum ("~$2.75 billion in annualized synergies") make it a
/// forecast of the deal's benefit, no term of it.
pub const BENEFIT_NOUNS: &[&str] = &["synergies", "synergy", "savings"];

/// [`REVENUE_NOUNS`] that make a sum after them in its clause income ("the revenue forecast
/// was raised from $10.50 billion"); not "sales", which also describes a deal's worth ("the
/// potential sales value of the agreement at about $90 billion").
pub const REVENUE_NOUNS_BEFORE: &[&str] = &["revenue", "revenues", "income", "earnings"];

/// Nouns of a company's result that make the sum right after them and their "of" that result
/// ("an expected adjusted loss of $0.07 per share", "adjusted EPS of $3.37", "a profit of $2
/// billion"); only there: "paper profits on the $27 billion of debt" leaves the debt a debt.
pub const RESULT_NOUNS: &[&str] = &["loss", "losses", "profit", "profits", "eps"];

/// Words of a sentence that says which valuation an earlier figure was ("The figure represents
/// a pre-money valuation"), with the attribute each gives.
pub const VALUATION_KIND_WORDS: &[(&str, &str)] = &[
    ("pre-money", "valuation_pre_money"),
    ("premoney", "valuation_pre_money"),
    ("pre-investment", "valuation_pre_money"),
    ("post-money", "valuation_post_money"),
    ("postmoney", "valuation_post_money"),
    ("post-investment", "valuation_post_money"),
];

/// Verbs by which a sentence that refers back to a valuation says it counts the new money in
/// ("The new valuation includes the additional financing": after the money).
pub const INCLUDING_VERBS: &[&str] = &["includes", "include", "included", "including", "counts"];

/// Nouns of the money a round brings, counted in a valuation after one of [`INCLUDING_VERBS`].
pub const NEW_MONEY_NOUNS: &[&str] = &[
    "financing",
    "funding",
    "money",
    "capital",
    "investment",
    "round",
    "raise",
];

/// Nouns by which a sentence refers back to a figure just given ("The figure", "The reported
/// valuation", "That number").
pub const FIGURE_BACK_NOUNS: &[&str] = &["figure", "valuation", "number", "estimate"];

/// Determiners that open such a reference.
pub const BACK_DETERMINERS: &[&str] = &["the", "that", "this"];

pub const DESCRIBED_PARTY_HEADS: &[&str] = &["company", "firm", "maker", "startup"];

/// Nouns that are only contracts: a worth or value said of one is the contract's
/// ("the contract was worth"; "agreement" and "deal" are said of investments too).
pub const STRICT_CONTRACT_NOUNS: &[&str] = &["contract", "contracts", "lease", "leases"];

/// Words between a contract's value and a larger figure after it that make the larger one
/// what the contract may grow to ("with an option to spend up to", "could expand to",
/// "options that could take the total to").
pub const CONTRACT_GROWTH_CUES: &[&str] = &[
    "option",
    "options",
    "expand",
    "expands",
    "expanded",
    "grow",
    "grows",
    "rise",
    "rises",
    "increase",
    "increases",
    "potentially",
    "could",
    "would",
    "lift",
    "lifts",
    "if",
];

/// Nouns of a measure a company reports or forecasts, which "raised to" a figure is no money
/// raised ("ARR guidance raised to $1.1 billion", "its revenue forecast, raised to").
pub const MEASURE_NOUNS: &[&str] = &[
    "guidance",
    "forecast",
    "forecasts",
    "outlook",
    "target",
    "targets",
    "estimate",
    "estimates",
    "projection",
    "projections",
    "revenue",
    "sales",
    "arr",
    "dividend",
];

/// Verbs of selling or issuing right before a figure of new shares: the company raises the
/// money ("is selling $1 billion of new shares"), no investor puts it in.
pub const SELL_SHARES_VERBS: &[&str] = &[
    "sell", "sells", "selling", "sold", "issue", "issues", "issuing", "issued", "offer", "offers",
    "offering",
];

/// Words right after a figure that spread it over a term ("over five years").
pub const TERM_OPENERS: &[&str] = &["over", "across", "spanning", "through", "for"];

/// Verbs of supplying goods: a party right before one is the maker, not the holder of the
/// capacity the goods make ("AMD delivers the initial 1 gigawatt").
pub const SUPPLY_VERBS: &[&str] = &[
    "deliver",
    "delivers",
    "delivered",
    "supply",
    "supplies",
    "supplied",
    "sell",
    "sells",
    "sold",
    "provide",
    "provides",
    "provided",
    "ship",
    "ships",
    "shipped",
];

/// Words after an IPO term that open a time expression ("an IPO later this year").
pub const IPO_TERMS: &[&str] = &[
    "ipo",
    "initial public offering",
    "public listing",
    "listing",
    "go public",
    "going public",
    "public offering",
    "flotation",
    "stock market debut",
];

/// Words before a figure that make a percentage a stake or a premium.
pub const STAKE_CUES: &[&str] = &[
    "stake",
    "ownership",
    "equity stake",
    "of the company",
    "interest",
];
/// Words right after a percentage that make it a share of the company a merger makes, held
/// by one side's shareholders ("Gamma's shareholders would own about 88% of the combined
/// company"): not a stake in the company bought.
pub const COMBINED_COMPANY_CUES: &[&str] = &[
    "of the combined company",
    "of the combined group",
    "of the combined business",
    "of the combined entity",
    "of the merged company",
    "of the merged group",
    "of the enlarged company",
    "of the enlarged group",
    "of the new company",
    "of the new entity",
    "of the new group",
    "of the merged entity",
    "of the combined firm",
];

/// Nouns of a side's owners: "while Acme shareholders will hold about 46%", after one side's
/// share of the combined company in the sentence, gives the other side's.
pub const OWNER_NOUNS: &[&str] = &["shareholders", "stockholders", "holders", "owners"];

/// Words of the company a merger makes ("the combined company", "the merged group"): its
/// worth is the deal's `combined_value`.
pub const COMBINED_WORDS: &[&str] = &["combined", "merged", "enlarged"];
pub const COMBINED_COMPANY_NOUNS: &[&str] = &["company", "entity", "group", "business"];

/// Units of time: right before "earlier" they make it a when ("three years earlier").
pub const TIME_UNIT_WORDS: &[&str] = &[
    "years", "months", "weeks", "days", "year", "month", "week", "day",
];

/// Words around a percentage that make it a premium.
pub const PREMIUM_CUES: &[&str] = &["premium"];

/// Words right before a term's cue that make the span a comparison's, no term ("the largest
/// deal in over two years").
pub const COMPARISON_SPAN_LEADS: &[&str] = &["in"];

/// Words before a count of years that make it a contract's term.
pub const TERM_CUES: &[&str] = &[
    "over",
    "over the next",
    "over the course of",
    "for the next",
    // "to rent GPU capacity for five years" (in a sentence of a contract: see `rules`).
    "for",
    "across",
    "spanning",
    "lasting",
    "term of",
];
/// Nouns after "N-year" that make it a contract's term.
pub const TERM_NOUNS: &[&str] = &[
    "deal",
    "agreement",
    "contract",
    "partnership",
    "term",
    "commitment",
    "lease",
    "pact",
];

/// Verbs of enlarging an agreement ("expanded", "extends"): with [`AGREEMENT_NOUNS`], a figure
/// may be an increment to an earlier deal.
pub const EXPANSION_VERBS: &[&str] = &[
    "expand",
    "expands",
    "expanded",
    "expanding",
    "widen",
    "widens",
    "widened",
    "extend",
    "extends",
    "extended",
    "increase",
    "increased",
    "increases",
];

/// Nouns of an agreement between parties.
pub const AGREEMENT_NOUNS: &[&str] = &[
    "contract",
    "contracts",
    "agreement",
    "agreements",
    "pact",
    "deal",
    "deals",
    "partnership",
];

/// Where a sentence splits into clauses: after a comma, words that open a new statement.
pub const CLAUSE_CUTS: [&str; 7] = [
    ", while ",
    ", whereas ",
    ", but ",
    ", although ",
    ", though ",
    ", which ",
    ", and then ",
];
/// A cut without a comma (occurrences do not overlap).
pub const CLAUSE_CUT_WITHOUT_COMMA: &str = " while the ";
/// Words that open a subordinate clause at a sentence's start: the clause ends at the first
/// comma ("While X, Y").
pub const SUBORDINATE_OPENERS: &[&str] = &[
    "while", "although", "though", "whereas", "if", "when", "despite",
];

/// Attributes the rules give a figure after its cue's (see `Ctx::money`), which a figure
/// compared with it in the same sentence takes too ("reducing the contingent value right to up
/// to $10 per share, down from $22.50").
pub const DERIVED_ATTRIBUTES: &[&str] = &["cvr_per_share"];

/// The scope of a price a share that is the cash part of a price paid in cash and stock: its
/// claims cluster apart from whole prices (see [`MIX_JOINERS`]).
pub const CASH_PART_SCOPE: &str = "cash part";

/// Adjectives of an approval, with the condition each names: "regulatory and shareholder
/// approvals" names both.
pub const APPROVAL_ADJECTIVES: &[(&str, &str)] = &[
    ("regulatory", "regulatory approval"),
    ("antitrust", "regulatory approval"),
    ("shareholder", "shareholder approval"),
    ("stockholder", "shareholder approval"),
];

/// Words between a deal noun and "valued at" that leave the noun the verb's subject ("The
/// licensing agreement is reportedly valued at $20 billion").
pub const VALUED_FILLERS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "being",
    "reportedly",
    "now",
    "currently",
];

/// Words before a deal noun that make the deal a licence ("the licensing agreement"): its
/// value is a contract's.
pub const LICENSING_WORDS: &[&str] = &["licensing", "license", "licence"];

/// Phrases right before a count that name it the buyer's shares paid for each of the
/// target's ("an exchange ratio of 1.0250").
pub const EXCHANGE_RATIO_CUES: &[&str] = &[
    "exchange ratio",
    "exchange ratio of",
    "exchange ratio is",
    "exchange ratio was",
];

/// Words that join a second part to the cash of a price a share ("$3.50 per share in cash
/// and 0.14625 shares of Acme", "$88.82 in cash plus one Acme share"): the parts are paid
/// together. ("or" offers a choice between two whole prices, and is not here.)
pub const MIX_JOINERS: &[&str] = &["and", "plus", "as well as", "along with", "together with"];

/// Nouns of the cash part of a price paid in cash and stock, right after a figure ("$6.8
/// billion in upfront cash consideration"): in an article that tells of such a price, the
/// figure is that part, not the price.
pub const CASH_PART_NOUNS: &[&str] = &[
    "cash consideration",
    "cash portion",
    "cash component",
    "cash part",
];

/// Nouns of a contingent value right: a payment a share that holders of the company bought
/// receive later, if milestones are met ("a contingent value right of up to $22.50 per share").
pub const CVR_NOUNS: &[&str] = &[
    "contingent value right",
    "contingent value rights",
    "cvr",
    "cvrs",
    // "a contingent right to receive additional cash up to $3 per share"
    "contingent right",
    "contingent rights",
    // "The contingent payments add up to $22.50 a share"
    "contingent payment",
    "contingent payments",
    "milestone payment",
    "milestone payments",
];

/// Words before a sum that mark it as added to the price a share ("up to an additional $3 a
/// share", "could also receive up to $3"): with a later event after it ([`LATER_EVENT_CUES`]),
/// a contingent right's. (Not "more" before it: "more than $50 a share" is a bound.)
pub const ADDED_PAYMENT_WORDS: &[&str] = &["additional", "extra", "also"];

/// Words right after a sum that mark it as added to the price a share ("$3 more per share").
pub const ADDED_PAYMENT_WORDS_AFTER: &[&str] = &["more", "additional", "extra"];

/// Words after a sum added to the price a share that make it paid on a later event ("depending
/// on how much the assets get sold for", "contingent on future asset sales", "tied to the
/// future sale", "if the clinics are sold in the future", "down the road").
pub const LATER_EVENT_CUES: &[&str] = &[
    "contingent on",
    "contingent upon",
    "depending on",
    "dependent on",
    "tied to",
    "if",
    "upon",
    "future",
    "down the road",
    "later",
];

/// Words that open a sentence counting a company's debt into the figure it gives ("Including
/// debt, the deal is valued at $60 billion", "Counting debt and the possible future payments,
/// the transaction is valued at nearly $24 billion"): a price so counted is the enterprise
/// value.
pub const DEBT_COUNTING_OPENERS: &[&str] = &[
    "including debt",
    "including net debt",
    "including assumed debt",
    "including its debt",
    "counting debt",
    "counting net debt",
    "counting its debt",
    "with debt",
];

/// The largest sum of money a price of a whole company is never written as without a scale
/// word: under it, a price "of $11.45" is a price a share.
pub const SHARE_PRICE_CEILING: i64 = 1000;

/// Words after a sum a share that tie it to an event: in a sentence of milestones, a payment
/// "upon" the start of a trial is a contingent value right's.
pub const MILESTONE_EVENT_WORDS: &[&str] = &["upon", "on", "if", "when", "once"];

/// Words of time that open a clause of another event inside a sentence ("signed an agreement
/// to acquire Windsurf, days after Google hired away its founders in a $2.4 billion
/// arrangement"): a contract's figure after one is of the parties named after it.
pub const EVENT_CLAUSE_OPENERS: &[&str] = &["after", "before", "when", "while", "since"];

// Short tables asked near a figure by the rules (rules.rs).

/// A price per share: evidence of an acquisition.
pub const PER_SHARE_CUES: &[&str] = &["per share", "a share"];

/// Per-share words joined to a figure by hyphens ("a $55-a-share cash deal"): not cues (they
/// are in no word after the figure), and kept out of [`PER_SHARE_CUES`], which gate sentences
/// by their longest word ("a" would let every sentence in).
pub const PER_SHARE_SUFFIXES: &[&str] = &["-a-share", "-per-share", "/share"];

/// Words after a figure that put other parties' money in it ("$100 billion in new revenue
/// over four years from OpenAI and other customers"): no claim of one contract's value or term.
pub const OTHER_PARTIES_CUES: &[&str] = &[
    "and other customers",
    "and other clients",
    "and other companies",
    "and other buyers",
    "and others",
];

/// Words between a figure and a cue after it that leave the cue's thing out of the figure
/// ("worth about $8 billion, net of the stake it already owns", "excluding the shares").
pub const EXCLUSION_WORDS: &[&str] = &["net", "excluding", "minus", "besides", "beyond"];

/// Words right before a figure that make it a share's market price ("jumped 22% to close at
/// $37.05"): no claim of the deal.
pub const MARKET_PRICE_LEADS: &[&str] = &[
    "close at",
    "closed at",
    "closing at",
    "to close at",
    "trade at",
    "trading at",
    "traded at",
    "opened at",
    "open at",
    "ended at",
    "finished at",
    "last traded at",
    // "a premium to the closing price of £20.38": the market's price, which a premium is
    // measured against.
    "closing price of",
    "share price of",
    "stock price of",
    "undisturbed share price of",
    "undisturbed price of",
];

/// An analyst's price target for a company's shares ("raised its price target on Vantage to
/// $31", "set a target price of $31"): a figure a third party sets for the stock, no claim of
/// the deal. (Not after "stock" or "share": "stock price targets that rise to $600" are a
/// tranche's condition.)
pub const PRICE_TARGET_NOUNS: &[&str] = &[
    "price target",
    "price targets",
    "target price",
    "target prices",
    "price objective",
];

/// Verbs of a share's trading that a figure after "at" prices ("shares closed up 2.2% at
/// 4,078 pence"), when shares are named before them.
pub const MARKET_MOVE_VERBS: &[&str] = &[
    "closed", "closing", "ended", "finished", "opened", "traded", "trading",
];

/// Verbs of a share price moving: "to" and a figure after one, with a noun of shares before
/// it, give the price the shares moved to ("Acme's stock had fallen 8% on the year to $119.71
/// a share"), no term of a deal.
pub const PRICE_MOVE_VERBS: &[&str] = &[
    "rose", "risen", "fell", "fallen", "dropped", "climbed", "jumped", "surged", "soared", "slid",
    "sank", "sunk", "declined", "gained", "tumbled", "plunged", "slumped", "rallied",
];

/// Words between a party and "X% of Y" that make the share the party's holding ("leaves
/// Nvidia with roughly 4% of Intel", "owns 10% of").
pub const HOLDING_WORDS: &[&str] = &[
    "with", "holds", "hold", "holding", "owns", "own", "owning", "controls", "control", "takes",
    "take", "taking", "gets", "get",
];

/// Adjectives of a share's nominal value: a sum after one and "value" ("ordinary shares, par
/// value NIS 0.01 per share", "common stock, par value $0.0001 per share") is the face a
/// share is written with, no price paid for it.
pub const NOMINAL_VALUE_WORDS: &[&str] = &["par", "nominal", "stated", "face"];

/// Nouns after a possessive that name the company that owns it ("buys Peet's owner", "the
/// parent of"): the company bought is that owner, not the one named.
pub const OWNER_NOUNS_OF_A_BRAND: &[&str] = &["owner", "parent"];

/// Words before "price" that make it a term of a security, no price paid for a company's
/// shares: "a conversion price of $37.25 per share". (Not "exercise": "a warrant to buy ... at
/// an exercise price of $0.01 per share" is the price of the deal that the warrant is.)
pub const SECURITY_PRICE_WORDS: &[&str] = &["conversion"];

/// Verbs before "at" and a sum that make it a convertible security's conversion price ("the
/// preferred converts at $37.25 a share").
pub const CONVERTING_VERBS: &[&str] = &["converts", "convert", "convertible"];

/// Nouns of a legal claim: a sum right before one is what the claim seeks, is fined or
/// settles ("a $16 million lawsuit"), no term of a deal.
pub const LEGAL_NOUNS: &[&str] = &[
    "lawsuit",
    "lawsuits",
    "suit",
    "settlement",
    "fine",
    "fines",
    "penalty",
    "penalties",
    "damages",
    "judgment",
    "verdict",
];

/// Nouns of borrowed money: a count of years right before one is the debt's maturity ("a
/// three-year term loan"), not a contract's term; sold securities of these kinds make money
/// raised debt.
pub const DEBT_NOUNS: &[&str] = &[
    "loan",
    "loans",
    "notes",
    "bonds",
    "debt",
    "facility",
    "debentures",
];

/// Words right before a year that name a part of it ("raised $675 million in early 2024"):
/// the figure is dated to that year.
pub const PART_OF_YEAR_LEADS: &[&str] = &["early", "late", "mid"];

/// Words that name a part of a year between a cue and the year ("to close in the first half
/// of 2025", "by the end of 2026", "in early 2025").
pub const PART_OF_YEAR_WORDS: &[&str] = &[
    "the", "first", "second", "third", "fourth", "half", "quarter", "end", "of", "early", "late",
    "mid", "middle", "calendar", "fiscal", "year", "its", "their",
    // "in the third or fourth quarter of 2025": two parts, either.
    "or",
];

/// Words of a sentence that set a figure of expectation in the past: "the deal had been
/// expected to close by early 2025" was replaced.
pub const PAST_EXPECTATION_CUES: &[&str] = &["had been", "had once been", "was originally"];

/// Nouns of shares: named before "$X each", they make it a price per share ([`Need::Shares`]).
pub const SHARE_NOUNS: &[&str] = &["shares", "stock"];

/// Verbs of paying: a party right after a figure that pays it is its investor ("the $20.47 per
/// share the government paid": a relative clause whose object is the figure).
pub const PAYING_VERBS: &[&str] = &["paid", "pays", "pay", "spent", "invested"];

/// Verbs of offering a price: like [`PAYING_VERBS`], but an offer compared with is an earlier
/// one ("higher than the $23 billion Google offered").
pub const OFFER_VERBS: &[&str] = &["offered", "offers", "bid"];

/// Words between a figure and the party that pays it ("per share", "that", "the").
pub const PAID_FIGURE_WORDS: &[&str] = &[
    "per", "a", "share", "each", "apiece", "that", "which", "the", "in", "cash", "stock", "and",
];

/// Words right after the party that follows a word of buying that make the party the buyer of
/// a relative clause ("the largest purchase Alphabet has ever made"), not what is bought.
pub const RELATIVE_BUYER_VERBS: &[&str] = &["has", "had", "have", "made", "makes", "ever"];

/// Nouns of what is held rather than bought as a company: "buy the remaining shares", "a
/// purchase of Intel shares", "buy chips" name no acquisition's target.
pub const HOLDING_NOUNS: &[&str] = &["shares", "stock", "stake", "chips", "capacity"];

/// The nouns of a stake: named before a price, they make it the stake's ([`Need::Stake`]).
pub const STAKE_NOUNS: &[&str] = &["stake", "stakes"];

/// Words before a percentage that make it a stake.
pub const STAKE_BEFORE_CUES: &[&str] = &["stake of", "stake"];

/// Words before a percentage that make it a premium.
pub const PREMIUM_BEFORE_CUES: &[&str] = &["premium of", "premium"];

/// Words after a percentage that compare it with a price ("45% more than").
pub const ABOVE_CUES: &[&str] = &["more than", "higher than", "above", "over"];

/// The prices a premium is measured against.
pub const SHARE_PRICE_NOUNS: &[&str] = &[
    "close",
    "closing price",
    "share price",
    "stock price",
    "trading price",
    "market value",
    // "above where the stock traded", "above where Gamma was trading"
    "traded",
    "trading",
    // "above the average price over three months" (and "33% above its 90-day average": see
    // `AVERAGE_SPAN_ENDS`)
    "average price",
    "average share price",
    "average closing price",
];

/// How the word before "average" ends when the average is a price's over days ("90-day
/// average", "volume-weighted average"): a price a premium is measured against.
pub const AVERAGE_SPAN_ENDS: &[&str] = &["-day", "-week", "-month", "-weighted"];

/// Words before a date that a deadline is moved to.
pub const UNTIL_CUES: &[&str] = &["to", "until", "on"];

/// Nouns of a deadline in a sentence.
pub const DEADLINE_NOUNS: &[&str] = &[
    "deadline",
    "end date",
    "outside date",
    // "The offer period runs from January 16 to March 27, 2026": when a tender offer ends.
    "offer period",
    "tender period",
    "acceptance period",
];

/// Verbs of a statement: a denial's source.
pub const STATEMENT_VERBS: &[&str] =
    &["clarified", "said", "says", "stated", "denied", "confirmed"];

/// Nouns of a funding round.
pub const ROUND_NOUNS: &[&str] = &["round", "financing", "funding"];

/// Words that mark a deal as exclusive or not ("an exclusive license to ...").
pub const EXCLUSIVITY_WORDS: &[&str] = &["exclusive", "non-exclusive"];

/// Nouns of journalism: "exclusive" before one, within four words, tells of how a story was
/// reported ("per an exclusive WSJ report", "in an exclusive interview"), not of a deal's terms.
pub const REPORTING_NOUNS: &[&str] = &[
    "report",
    "reports",
    "reporting",
    "interview",
    "interviews",
    "story",
    "scoop",
    "coverage",
];

/// Words of a company's founding: a year after them ("founded in 2019") is not a figure's.
pub const FOUNDING_WORDS: &[&str] = &[
    "founded",
    "established",
    "incorporated",
    "formed",
    "started",
    "launched",
];

/// Words right before a percentage that make it the stake a party holds ("would own 80% of
/// the site", "Meta would keep 20%").
pub const HOLDING_VERBS: &[&str] = &[
    "own",
    "owns",
    "owned",
    "owning",
    "hold",
    "holds",
    "holding",
    "keep",
    "keeps",
    "keeping",
    "retain",
    "retains",
    "retaining",
];

/// Verbs of handing a part of a company to a party named right after them: "Meta hands Blue
/// Owl 80% of its data center" is a stake Blue Owl holds.
pub const GIVING_VERBS: &[&str] = &[
    "hands", "hand", "handing", "gives", "give", "giving", "grants", "grant", "granting", "sells",
    "sell", "selling",
];

/// Words before a percentage that give it the rest of what a stake named before it leaves
/// ("Blue Owl owns 80% and Meta the remaining 20%").
pub const REST_OF_STAKE_CUES: &[&str] = &["the remaining", "the other", "the rest of"];

/// Nouns of many companies at once: a clause whose subject they are, with no party named
/// before its figure, speaks of a market, not the deal ("US technology companies sold about
/// $157 billion of bonds").
pub const MARKET_SUBJECT_NOUNS: &[&str] = &[
    "companies",
    "firms",
    "startups",
    "start-ups",
    "issuers",
    "borrowers",
    "hyperscalers",
    "dealmakers",
];

/// Verbs that link a subject to what is said of it ("the license is non-exclusive").
pub const LINKING_VERBS: &[&str] = &["is", "was", "are", "were", "remains", "remain", "be"];

/// The word before a round's letter ("Series B").
pub const ROUND_LABEL_WORDS: &[&str] = &["series"];

/// Words that make a listing's date a forecast.
pub const FORECAST_CUES: &[&str] = &[
    "expected",
    "anticipated",
    "possible",
    "planned",
    "plans",
    "potential",
    "precede",
];

/// Relative markers that date a figure before the article without a date.
/// Words that put a clause in the future: a month named after the article's month is then
/// of the article's year ("will close in September"), else of the year before ("raised $1
/// billion in September", in an article of April).
pub const FUTURE_WORDS: &[&str] = &[
    "will",
    "would",
    "could",
    "may",
    "might",
    "shall",
    "should",
    "expected",
    "expects",
    "expect",
    "plans",
    "plan",
    "planned",
    "planning",
    "scheduled",
    "due",
    "set",
    "aims",
    "intends",
    "seeks",
    "seeking",
    "talks",
    "next",
];

/// Words of the start of a year before "the year" or "of 2024" ("began the year with", "at the
/// start of 2024"): a figure then held in January.
pub const YEAR_START_WORDS: &[&str] = &["began", "begun", "started", "start", "beginning"];

/// Words right before a later tranche that make the figure before it the first ("$10 billion
/// in April and the remaining $30 billion").
pub const REMAINDER_WORDS: &[&str] = &["remaining", "rest", "balance", "remainder"];

/// Words before "reports" opening a sentence whose figures were replaced since ("Earlier
/// reports had put the valuation at $14 billion").
pub const EARLIER_REPORT_WORDS: &[&str] = &["earlier", "initial", "previous", "early", "prior"];

/// Verbs by which a party pays a fee ("Corvex would owe Vantor a termination fee").
pub const FEE_PAYING_VERBS: &[&str] = &["pay", "pays", "paid", "owe", "owes", "owed"];

/// Words of money raised: before a cumulative total, they make it every round's ("the total
/// it has raised", "its funding to date"), no one investor's.
pub const RAISED_WORDS: &[&str] = &["raised", "raise", "raising", "raises", "funding"];

pub const RELATIVE_TIME_CUES: &[&str] = &[
    "last year",
    // "was last valued at $86 billion early this year"
    "earlier this year",
    "early this year",
    "a year earlier",
    "a year ago",
    "the previous year",
    "previously",
    // "a $750 million round just last fall at a $7 billion valuation"
    "last fall",
    "last autumn",
    "last spring",
    "last summer",
    "last winter",
    "months ago",
];
