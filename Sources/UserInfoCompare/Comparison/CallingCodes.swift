/// The E.164 country calling code of every ISO 3166-1 alpha-2 country, for the phone rule.
///
/// All 249 officially assigned alpha-2 codes are listed, territories included: the countries of
/// the North American Numbering Plan share `"1"`, Kazakhstan and Russia `"7"`, the Crown
/// Dependencies `"44"`. Territories without a calling code of their own carry the code their
/// numbers are dialled with (Antarctica and Heard Island `"672"`, Bouvet Island `"47"`, the
/// French Southern Territories `"262"`). User-assigned codes such as `XK` are not listed.
///
/// ```swift
/// CallingCodes.callingCode(forCountry: "ng")  // "234"
/// ```
package enum CallingCodes {
    /// The calling code, as digits without `+`, keyed by the uppercase alpha-2 country code.
    package static let byCountry: [String: String] = [
        "AD": "376",  // Andorra
        "AE": "971",  // United Arab Emirates
        "AF": "93",  // Afghanistan
        "AG": "1",  // Antigua and Barbuda
        "AI": "1",  // Anguilla
        "AL": "355",  // Albania
        "AM": "374",  // Armenia
        "AO": "244",  // Angola
        "AQ": "672",  // Antarctica
        "AR": "54",  // Argentina
        "AS": "1",  // American Samoa
        "AT": "43",  // Austria
        "AU": "61",  // Australia
        "AW": "297",  // Aruba
        "AX": "358",  // Åland Islands
        "AZ": "994",  // Azerbaijan
        "BA": "387",  // Bosnia and Herzegovina
        "BB": "1",  // Barbados
        "BD": "880",  // Bangladesh
        "BE": "32",  // Belgium
        "BF": "226",  // Burkina Faso
        "BG": "359",  // Bulgaria
        "BH": "973",  // Bahrain
        "BI": "257",  // Burundi
        "BJ": "229",  // Benin
        "BL": "590",  // Saint Barthélemy
        "BM": "1",  // Bermuda
        "BN": "673",  // Brunei Darussalam
        "BO": "591",  // Bolivia
        "BQ": "599",  // Bonaire, Sint Eustatius and Saba
        "BR": "55",  // Brazil
        "BS": "1",  // Bahamas
        "BT": "975",  // Bhutan
        "BV": "47",  // Bouvet Island
        "BW": "267",  // Botswana
        "BY": "375",  // Belarus
        "BZ": "501",  // Belize
        "CA": "1",  // Canada
        "CC": "61",  // Cocos (Keeling) Islands
        "CD": "243",  // Congo, Democratic Republic of the
        "CF": "236",  // Central African Republic
        "CG": "242",  // Congo
        "CH": "41",  // Switzerland
        "CI": "225",  // Côte d'Ivoire
        "CK": "682",  // Cook Islands
        "CL": "56",  // Chile
        "CM": "237",  // Cameroon
        "CN": "86",  // China
        "CO": "57",  // Colombia
        "CR": "506",  // Costa Rica
        "CU": "53",  // Cuba
        "CV": "238",  // Cabo Verde
        "CW": "599",  // Curaçao
        "CX": "61",  // Christmas Island
        "CY": "357",  // Cyprus
        "CZ": "420",  // Czechia
        "DE": "49",  // Germany
        "DJ": "253",  // Djibouti
        "DK": "45",  // Denmark
        "DM": "1",  // Dominica
        "DO": "1",  // Dominican Republic
        "DZ": "213",  // Algeria
        "EC": "593",  // Ecuador
        "EE": "372",  // Estonia
        "EG": "20",  // Egypt
        "EH": "212",  // Western Sahara
        "ER": "291",  // Eritrea
        "ES": "34",  // Spain
        "ET": "251",  // Ethiopia
        "FI": "358",  // Finland
        "FJ": "679",  // Fiji
        "FK": "500",  // Falkland Islands (Malvinas)
        "FM": "691",  // Micronesia
        "FO": "298",  // Faroe Islands
        "FR": "33",  // France
        "GA": "241",  // Gabon
        "GB": "44",  // United Kingdom
        "GD": "1",  // Grenada
        "GE": "995",  // Georgia
        "GF": "594",  // French Guiana
        "GG": "44",  // Guernsey
        "GH": "233",  // Ghana
        "GI": "350",  // Gibraltar
        "GL": "299",  // Greenland
        "GM": "220",  // Gambia
        "GN": "224",  // Guinea
        "GP": "590",  // Guadeloupe
        "GQ": "240",  // Equatorial Guinea
        "GR": "30",  // Greece
        "GS": "500",  // South Georgia and the South Sandwich Islands
        "GT": "502",  // Guatemala
        "GU": "1",  // Guam
        "GW": "245",  // Guinea-Bissau
        "GY": "592",  // Guyana
        "HK": "852",  // Hong Kong
        "HM": "672",  // Heard Island and McDonald Islands
        "HN": "504",  // Honduras
        "HR": "385",  // Croatia
        "HT": "509",  // Haiti
        "HU": "36",  // Hungary
        "ID": "62",  // Indonesia
        "IE": "353",  // Ireland
        "IL": "972",  // Israel
        "IM": "44",  // Isle of Man
        "IN": "91",  // India
        "IO": "246",  // British Indian Ocean Territory
        "IQ": "964",  // Iraq
        "IR": "98",  // Iran
        "IS": "354",  // Iceland
        "IT": "39",  // Italy
        "JE": "44",  // Jersey
        "JM": "1",  // Jamaica
        "JO": "962",  // Jordan
        "JP": "81",  // Japan
        "KE": "254",  // Kenya
        "KG": "996",  // Kyrgyzstan
        "KH": "855",  // Cambodia
        "KI": "686",  // Kiribati
        "KM": "269",  // Comoros
        "KN": "1",  // Saint Kitts and Nevis
        "KP": "850",  // Korea, Democratic People's Republic of
        "KR": "82",  // Korea, Republic of
        "KW": "965",  // Kuwait
        "KY": "1",  // Cayman Islands
        "KZ": "7",  // Kazakhstan
        "LA": "856",  // Lao People's Democratic Republic
        "LB": "961",  // Lebanon
        "LC": "1",  // Saint Lucia
        "LI": "423",  // Liechtenstein
        "LK": "94",  // Sri Lanka
        "LR": "231",  // Liberia
        "LS": "266",  // Lesotho
        "LT": "370",  // Lithuania
        "LU": "352",  // Luxembourg
        "LV": "371",  // Latvia
        "LY": "218",  // Libya
        "MA": "212",  // Morocco
        "MC": "377",  // Monaco
        "MD": "373",  // Moldova
        "ME": "382",  // Montenegro
        "MF": "590",  // Saint Martin (French part)
        "MG": "261",  // Madagascar
        "MH": "692",  // Marshall Islands
        "MK": "389",  // North Macedonia
        "ML": "223",  // Mali
        "MM": "95",  // Myanmar
        "MN": "976",  // Mongolia
        "MO": "853",  // Macao
        "MP": "1",  // Northern Mariana Islands
        "MQ": "596",  // Martinique
        "MR": "222",  // Mauritania
        "MS": "1",  // Montserrat
        "MT": "356",  // Malta
        "MU": "230",  // Mauritius
        "MV": "960",  // Maldives
        "MW": "265",  // Malawi
        "MX": "52",  // Mexico
        "MY": "60",  // Malaysia
        "MZ": "258",  // Mozambique
        "NA": "264",  // Namibia
        "NC": "687",  // New Caledonia
        "NE": "227",  // Niger
        "NF": "672",  // Norfolk Island
        "NG": "234",  // Nigeria
        "NI": "505",  // Nicaragua
        "NL": "31",  // Netherlands
        "NO": "47",  // Norway
        "NP": "977",  // Nepal
        "NR": "674",  // Nauru
        "NU": "683",  // Niue
        "NZ": "64",  // New Zealand
        "OM": "968",  // Oman
        "PA": "507",  // Panama
        "PE": "51",  // Peru
        "PF": "689",  // French Polynesia
        "PG": "675",  // Papua New Guinea
        "PH": "63",  // Philippines
        "PK": "92",  // Pakistan
        "PL": "48",  // Poland
        "PM": "508",  // Saint Pierre and Miquelon
        "PN": "64",  // Pitcairn
        "PR": "1",  // Puerto Rico
        "PS": "970",  // Palestine, State of
        "PT": "351",  // Portugal
        "PW": "680",  // Palau
        "PY": "595",  // Paraguay
        "QA": "974",  // Qatar
        "RE": "262",  // Réunion
        "RO": "40",  // Romania
        "RS": "381",  // Serbia
        "RU": "7",  // Russian Federation
        "RW": "250",  // Rwanda
        "SA": "966",  // Saudi Arabia
        "SB": "677",  // Solomon Islands
        "SC": "248",  // Seychelles
        "SD": "249",  // Sudan
        "SE": "46",  // Sweden
        "SG": "65",  // Singapore
        "SH": "290",  // Saint Helena, Ascension and Tristan da Cunha
        "SI": "386",  // Slovenia
        "SJ": "47",  // Svalbard and Jan Mayen
        "SK": "421",  // Slovakia
        "SL": "232",  // Sierra Leone
        "SM": "378",  // San Marino
        "SN": "221",  // Senegal
        "SO": "252",  // Somalia
        "SR": "597",  // Suriname
        "SS": "211",  // South Sudan
        "ST": "239",  // Sao Tome and Principe
        "SV": "503",  // El Salvador
        "SX": "1",  // Sint Maarten (Dutch part)
        "SY": "963",  // Syrian Arab Republic
        "SZ": "268",  // Eswatini
        "TC": "1",  // Turks and Caicos Islands
        "TD": "235",  // Chad
        "TF": "262",  // French Southern Territories
        "TG": "228",  // Togo
        "TH": "66",  // Thailand
        "TJ": "992",  // Tajikistan
        "TK": "690",  // Tokelau
        "TL": "670",  // Timor-Leste
        "TM": "993",  // Turkmenistan
        "TN": "216",  // Tunisia
        "TO": "676",  // Tonga
        "TR": "90",  // Türkiye
        "TT": "1",  // Trinidad and Tobago
        "TV": "688",  // Tuvalu
        "TW": "886",  // Taiwan
        "TZ": "255",  // Tanzania
        "UA": "380",  // Ukraine
        "UG": "256",  // Uganda
        "UM": "1",  // United States Minor Outlying Islands
        "US": "1",  // United States of America
        "UY": "598",  // Uruguay
        "UZ": "998",  // Uzbekistan
        "VA": "39",  // Holy See
        "VC": "1",  // Saint Vincent and the Grenadines
        "VE": "58",  // Venezuela
        "VG": "1",  // Virgin Islands (British)
        "VI": "1",  // Virgin Islands (U.S.)
        "VN": "84",  // Viet Nam
        "VU": "678",  // Vanuatu
        "WF": "681",  // Wallis and Futuna
        "WS": "685",  // Samoa
        "YE": "967",  // Yemen
        "YT": "262",  // Mayotte
        "ZA": "27",  // South Africa
        "ZM": "260",  // Zambia
        "ZW": "263",  // Zimbabwe
    ]

    /// The calling code of a country, or `nil` when the code is not an ISO 3166-1 alpha-2 code
    /// in the table.
    ///
    /// The lookup ignores case and surrounding white space: `"ng"`, `"NG"` and `" Ng "` all
    /// give `"234"`.
    package static func callingCode(forCountry country: String) -> String? {
        country.withUTF8Bytes { code(forCountry: $0) }?.digits
    }

    /// The calling code of a country given as UTF-8 bytes; see ``callingCode(forCountry:)``.
    static func code(forCountry country: UnsafeBufferPointer<UInt8>) -> CallingCode? {
        var first: UInt8 = 0
        var second: UInt8 = 0
        var count = 0
        var trailingSpace = false
        for byte in country {
            if ASCII.isWhitespace(byte) {
                trailingSpace = count > 0
                continue
            }
            guard !trailingSpace, count < 2, (0x41...0x5A).contains(byte) || ASCII.isLowercaseLetter(byte) else {
                return nil
            }
            if count == 0 { first = byte & ~0x20 } else { second = byte & ~0x20 }
            count += 1
        }
        guard count == 2 else { return nil }
        return CallingCode(packedValue: byLetters[Int(first - 0x41) * 26 + Int(second - 0x41)])
    }

    /// ``byCountry`` indexed by the two uppercase letters (`AA` is 0, `ZZ` is 675), each code's
    /// ``CallingCode/packedValue`` (0 for none), so that a lookup neither allocates, hashes nor
    /// retains a string.
    private static let byLetters: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 26 * 26)
        for (country, code) in byCountry {
            let letters = Array(country.utf8)
            table[Int(letters[0] - 0x41) * 26 + Int(letters[1] - 0x41)] = CallingCode(code)?.packedValue ?? 0
        }
        return table
    }()
}
