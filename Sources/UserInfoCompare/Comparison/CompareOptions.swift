import Models

/// The choices a comparison makes where Smile ID's rules leave room: how text is folded, how a
/// numeric date is read, how many address words must agree.
///
/// ``default`` applies the seed's literal rules; ``lenient`` also folds diacritics and drops
/// apostrophes, as passport machine-readable zones write names. Encodes as JSON with
/// snake_case keys (`folds_diacritics`, `drops_apostrophes`, `date_order`,
/// `address_partial_threshold`); a key missing when decoding takes its value from ``default``.
public struct CompareOptions: Sendable, Hashable {
    /// Whether letters are compared without their diacritics: "Adébáyọ̀" equals "ADEBAYO".
    ///
    /// Combining marks are dropped after canonical decomposition, and ß→ss, æ→ae, œ→oe, ø→o,
    /// đ→d, ł→l, þ→th, ı→i. Default `false`.
    public var foldsDiacritics: Bool

    /// Whether apostrophes (`'` U+0027 and `’` U+2019) are dropped before comparing:
    /// "O'Brien" equals "OBRIEN". Default `false`.
    public var dropsApostrophes: Bool

    /// How a numeric date with the year last (`04/03/1990`) is read. Default ``DateOrder/dayFirst``.
    public var dateOrder: DateOrder

    /// The share of the smaller address's distinct words that must appear in the other address
    /// for a Partial Match, from 0 to 1. Default `0.5`.
    public var addressPartialThreshold: Double

    /// Creates options; every parameter defaults to the value of ``default``.
    public init(
        foldsDiacritics: Bool = false,
        dropsApostrophes: Bool = false,
        dateOrder: DateOrder = .dayFirst,
        addressPartialThreshold: Double = 0.5
    ) {
        self.foldsDiacritics = foldsDiacritics
        self.dropsApostrophes = dropsApostrophes
        self.dateOrder = dateOrder
        self.addressPartialThreshold = addressPartialThreshold
    }
}

// MARK: Presets

extension CompareOptions {
    /// The seed's literal rules: case-insensitive, white space collapsed, no folding, day first,
    /// address threshold 0.5.
    public static let `default` = CompareOptions()

    /// The default rules plus diacritic folding and dropped apostrophes, for comparing with
    /// names as passports' machine-readable zones write them ("O’BRIEN-ADÉBÁYỌ̀" equals
    /// "OBRIEN ADEBAYO").
    public static let lenient = CompareOptions(foldsDiacritics: true, dropsApostrophes: true)
}

// MARK: Date order

extension CompareOptions {
    /// How a numeric date with the year last is read: `DD-MM-YYYY` or `MM-DD-YYYY`.
    public enum DateOrder: String, Sendable, Hashable, CaseIterable, Codable {
        /// Day, month, year: `04/03/1990` is 4 March 1990 (JSON `"day_first"`).
        case dayFirst = "day_first"
        /// Month, day, year: `04/03/1990` is 3 April 1990 (JSON `"month_first"`).
        case monthFirst = "month_first"
    }
}

// MARK: Codable

extension CompareOptions: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case foldsDiacritics = "folds_diacritics"
        case dropsApostrophes = "drops_apostrophes"
        case dateOrder = "date_order"
        case addressPartialThreshold = "address_partial_threshold"
    }

    /// Decodes options; a missing key takes its value from ``default``.
    ///
    /// - Throws: `DecodingError.dataCorrupted` at `address_partial_threshold` when the number is
    ///   not between 0 and 1 (or does not fit a `Double`), and at `date_order` when the text is
    ///   neither `"day_first"` nor `"month_first"`, which `DecodingFailure` describes as what is
    ///   allowed (`must be a number from 0 to 1`); `DecodingError.typeMismatch` naming the key for
    ///   a value of the wrong JSON type.
    public init(from decoder: any Decoder) throws {
        try UnknownKeys.check(decoder, typeName: "CompareOptions", known: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = CompareOptions.default
        foldsDiacritics = try container.decodeIfPresent(Bool.self, forKey: .foldsDiacritics) ?? defaults.foldsDiacritics
        dropsApostrophes =
            try container.decodeIfPresent(Bool.self, forKey: .dropsApostrophes) ?? defaults.dropsApostrophes
        dateOrder = defaults.dateOrder
        if let text = try container.decodeIfPresent(String.self, forKey: .dateOrder) {
            guard let order = DateOrder(rawValue: text) else {
                throw Self.notAllowed(at: .dateOrder, in: container, #"must be "day_first" or "month_first""#)
            }
            dateOrder = order
        }
        let threshold: Double?
        do {
            threshold = try container.decodeIfPresent(Double.self, forKey: .addressPartialThreshold)
        } catch DecodingError.dataCorrupted {
            // A number that does not fit a Double (Foundation refuses 1e400 as invalid JSON today,
            // but should a decoder report one here, it is out of range like any other).
            threshold = .infinity
        }
        if let threshold, !(0...1).contains(threshold) {
            throw Self.notAllowed(at: .addressPartialThreshold, in: container, "must be a number from 0 to 1")
        }
        addressPartialThreshold = threshold ?? defaults.addressPartialThreshold
    }

    /// The error for a value of the right type that is not allowed at `key`, saying what is.
    private static func notAllowed(
        at key: CodingKeys, in container: KeyedDecodingContainer<CodingKeys>, _ requirement: String
    ) -> DecodingError {
        .dataCorrupted(
            .init(
                codingPath: container.codingPath + [key], debugDescription: "\(key.rawValue) \(requirement)",
                underlyingError: FieldExpectation(requirement)))
    }
}
