import Testing

@testable import UserInfoCompare

@Suite struct CalendarDateTests {
    @Test(arguments: [
        "1990-03-04", "1990/03/04", "1990.03.04", "19900304", "1990-3-4", "04-03-1990", "04/03/1990", "4.3.1990",
        "04 mar 1990", "4 march 1990", "04-mar-1990", "mar 4, 1990", "march 04, 1990",
        "1990-03-04t10:15:00z", "1990-03-04 00:00:00", "19900304t1200", "1990/03/04 9:00",
    ])
    func acceptedForms(text: String) throws {
        let date = try #require(CalendarDate(parsing: text, order: .dayFirst))
        #expect(date == CalendarDate(day: 4, month: 3, year: 1990))
    }

    @Test func monthFirstReadsOnlyNumericYearLastForms() {
        #expect(CalendarDate(parsing: "04/03/1990", order: .monthFirst) == CalendarDate(day: 3, month: 4, year: 1990))
        #expect(CalendarDate(parsing: "1990-03-04", order: .monthFirst) == CalendarDate(day: 4, month: 3, year: 1990))
        #expect(CalendarDate(parsing: "04 mar 1990", order: .monthFirst) == CalendarDate(day: 4, month: 3, year: 1990))
    }

    @Test(arguments: [
        "", "1990", "1990-03", "1990-03/04", "1990-13-01", "1990-00-10", "1990-01-32", "1990-01-00",
        "90-03-04", "04-03-90", "004-03-1990", "1990-003-04", "199003041", "1990-03-04t", "1990-03-04 noon",
        "04/mar/1990", "4 sept 1990", "mar 4 1990", "mar 4,1990", "04 mar 1990 10:00", "1990-03-04x",
        "٤/٣/١٩٩٠",
    ])
    func rejectedForms(text: String) {
        #expect(CalendarDate(parsing: text, order: .dayFirst) == nil)
    }

    @Test func calendarIsNotOtherwiseChecked() {
        #expect(CalendarDate(parsing: "30/02/2001", order: .dayFirst) == CalendarDate(day: 30, month: 2, year: 2001))
    }

    @Test(arguments: [
        (1985, 1986, 4, true), (1985, 1995, 4, true), (3, 8, 2, true), (9, 10, 2, true), (1989, 1990, 4, true),
        (1, 31, 2, true), (12, 21, 2, false), (1985, 1977, 4, false), (3, 5, 2, true), (10, 21, 2, false),
    ])
    func near(first: Int, second: Int, width: Int, expected: Bool) {
        #expect(CalendarDate.isNear(first, second, width: width) == expected)
        #expect(CalendarDate.isNear(second, first, width: width) == expected)
    }
}
