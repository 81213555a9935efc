import Models

/// Synthetic JSON bodies of the responses a partner's server receives: job results (as posted
/// to a callback) and `compare_user_info` responses, varied by a seeded generator.
public enum ResultJSON {
    /// `count` job results in Smile ID's callback shape. `IsFinalResult` and `ConfidenceValue`
    /// are strings, as Smile ID often sends them, so that every top-level value is a string
    /// except `PartnerParams` and `Actions`.
    public static func jobResults(_ count: Int, seed: UInt64) -> [[UInt8]] {
        var random = SeededGenerator(seed: seed)
        let codes = [
            ("1012", "ID Number Validated"), ("1013", "ID Number Not Found"), ("0810", "Enroll User"),
            ("0811", "Provisional Enroll"), ("1022", "No Match"), ("2405", "Rejected"),
        ]
        let actionValues = [
            "Passed", "Verified", "Not Applicable", "Approved", "Failed", "Partial Match", "Exact Match",
        ]
        let actionKeys = [
            "Liveness_Check", "Register_Selfie", "Verify_ID_Number", "Return_Personal_Info",
            "Selfie_To_ID_Card_Compare", "Human_Review_Compare", "Names", "DOB", "Gender",
        ]
        return (0..<count).map { index in
            let (code, text) = random.pick(codes)
            let jobType = random.pick([1, 5, 6, 11])
            var actions: [String] = []
            for key in actionKeys where random.chance(70) {
                actions.append("\"\(key)\": \"\(random.pick(actionValues))\"")
            }
            let json = """
                {"ResultCode": "\(code)", "ResultText": "\(text)", "ResultType": "ID Verification", \
                "SmileJobID": "\(String(1_000_000_000 + index))", "JSONVersion": "1.0.0", "IsFinalResult": "true", \
                "PartnerParams": {"job_id": "job-\(random.next() % 100_000)", "job_type": \(jobType), "user_id": "user-\(random.next() % 100_000)"}, \
                "ConfidenceValue": "\(random.next() % 101)", "Actions": {\(actions.joined(separator: ", "))}, \
                "timestamp": "2025-0\(1 + random.next() % 9)-1\(random.next() % 10)T10:2\(random.next() % 10):00.000Z", \
                "signature": "c2lnbmF0dXJlLXN5bnRoZXRpYy0\(random.next() % 1_000_000)=", \
                "FullName": "Test Person \(index)", "DOB": "1990-0\(1 + random.next() % 9)-1\(random.next() % 10)", \
                "Gender": "\(random.chance(50) ? "M" : "F")", "PhoneNumber": "+234803555\(1000 + random.next() % 9000)", \
                "Address": "\(1 + random.next() % 200) Test Close, Sample Estate, Lagos", \
                "IDNumber": "0000\(random.next() % 10_000_000)", "IDType": "NIN", "Country": "NG", \
                "ExpirationDate": "203\(random.next() % 10)-12-31"}
                """
            return Array(json.utf8)
        }
    }

    /// `count` callbacks of `count` distinct jobs (about 1 KB each, as ``jobResults(_:seed:)``),
    /// each signed for real with `key` in its own millisecond from 2024-05-01T11:59:30.000Z on:
    /// what the job inbox accepts at 2024-05-01T12:00:00Z (at most 60,000 of them).
    public static func signedCallbacks(_ count: Int, seed: UInt64, key: SignatureKey) -> [[UInt8]] {
        jobResults(count, seed: seed).enumerated().map { index, body in
            var text = String(decoding: body, as: UTF8.self)
            let milliseconds = 30_000 + index
            let seconds = String(milliseconds / 1000)
            let fraction = String(milliseconds % 1000)
            let timestamp =
                "2024-05-01T11:59:\(seconds.count < 2 ? "0" + seconds : seconds)."
                + String(repeating: "0", count: 3 - fraction.count) + fraction + "Z"
            // One job each: the job ID is the index.
            if let jobID = text.range(of: #""job_id": "job-"#), let end = text[jobID.upperBound...].firstIndex(of: "\"")
            {
                text.replaceSubrange(jobID.upperBound..<end, with: "\(index)")
            }
            if let start = text.range(of: #""timestamp": ""#), let end = text[start.upperBound...].firstIndex(of: "\"")
            {
                text.replaceSubrange(start.upperBound..<end, with: timestamp)
            }
            if let start = text.range(of: #""signature": ""#), let end = text[start.upperBound...].firstIndex(of: "\"")
            {
                text.replaceSubrange(start.upperBound..<end, with: key.signature(timestamp: timestamp))
            }
            return Array(text.utf8)
        }
    }

    /// `count` `compare_user_info` responses in the shape of Smile ID's sample.
    public static func compareResponses(_ count: Int, seed: UInt64) -> [[UInt8]] {
        var random = SeededGenerator(seed: seed)
        let outcomes = ["Exact Match", "Partial Match", "No Match", "Transposed", "Not Provided"]
        let results = [("1020", "Exact Match"), ("1021", "Partial Match"), ("1022", "No Match")]
        return (0..<count).map { index in
            let (code, text) = random.pick(results)
            let json = """
                {"SmileJobID": "\(String(2_000_000_000 + index))", \
                "PartnerParams": {"job_id": "job-\(random.next() % 100_000)", "job_type": 9, "user_id": "user-\(random.next() % 100_000)"}, \
                "ResultText": "\(text)", "ResultCode": "\(code)", \
                "Actions": {"Return_Personal_Info": "Not Applicable", "Verify_ID_Number": "Verified", \
                "Name": "\(random.pick(outcomes))", "DOB": "\(random.pick(outcomes))", "Gender": "\(random.pick(outcomes))", \
                "PhoneNumber": "\(random.pick(outcomes))", "Address": "\(random.pick(outcomes))", \
                "ExpirationDate": "\(random.pick(outcomes))", "ID_Verification": "\(text)"}, \
                "signature": "c2lnbmF0dXJlLXN5bnRoZXRpYy0\(random.next() % 1_000_000)=", \
                "timestamp": "2025-06-1\(random.next() % 10)T10:20:00.000Z"}
                """
            return Array(json.utf8)
        }
    }
}

// MARK: - Callbacks to decide

extension ResultJSON {
    /// `count` callback bodies for `smileid decide --jsonl`, one compact job result each (about
    /// 700 to 830 bytes, up to twelve `Actions`): Biometric KYC, Enhanced KYC, Document
    /// Verification and SmartSelfie codes, provisional and final, as strings and booleans.
    public static func callbacks(_ count: Int, seed: UInt64) -> [[UInt8]] {
        var random = SeededGenerator(seed: seed)
        let codes: [(jobType: Int, code: String, text: String)] = [
            (1, "1012", "ID Verification Success"), (1, "0810", "Machine Judgement - PASS"),
            (1, "0812", "Machine Judgement - Pure Provisional"), (1, "1210", "Human Judgement - PASS"),
            (1, "1211", "Human Judgement - FAIL - Human Compare Failed"),
            (1, "1015", "Error - Queried Database Unavailable"),
            (5, "1012", "Valid ID"), (5, "1013", "Invalid ID"), (5, "1015", "Error - Queried Database Unavailable"),
            (2, "0820", "Machine Judgement - PASS"), (2, "0821", "Machine Judgement - FAIL - COMPARISON"),
            (4, "0840", "PASS - Machine Judgement"), (4, "0846", "PENDING - Possible Spoof - Machine Judgement"),
            (6, "0810", "Document Verified"), (1, "9999", "Something new"), (1, "0001", "Data Invalid"),
        ]
        let actionValues = [
            "Passed", "Verified", "Not Applicable", "Approved", "Failed", "Partial Match", "Exact Match",
            "Returned", "Completed", "Under Review",
        ]
        let actionKeys = [
            "Liveness_Check", "Register_Selfie", "Verify_ID_Number", "Return_Personal_Info",
            "Selfie_To_ID_Card_Compare", "Human_Review_Compare", "Human_Review_Liveness_Check", "Names", "DOB",
            "Gender", "Phone_Number", "ID_Verification",
        ]
        return (0..<count).map { index in
            let entry = random.pick(codes)
            var actions: [String] = []
            for key in actionKeys where random.chance(75) {
                actions.append("\"\(key)\":\"\(random.pick(actionValues))\"")
            }
            let isFinal = random.pick([#""true""#, #""false""#, "true", "false", ""])
            let json = """
                {"ResultCode":"\(entry.code)","ResultText":"\(entry.text)","ResultType":"ID Verification",\
                "SmileJobID":"\(String(1_000_000_000 + index))","JSONVersion":"1.0.0",\
                \(isFinal.isEmpty ? "" : "\"IsFinalResult\":\(isFinal),")\
                "PartnerParams":{"job_id":"job-\(random.next() % 100_000)","job_type":\(entry.jobType),\
                "user_id":"user-\(random.next() % 100_000)"},\
                "ConfidenceValue":"\(random.next() % 101)","Actions":{\(actions.joined(separator: ","))},\
                "timestamp":"2025-0\(1 + random.next() % 9)-1\(random.next() % 10)T10:2\(random.next() % 10):00.000Z",\
                "signature":"c2lnbmF0dXJlLXN5bnRoZXRpYy0\(random.next() % 1_000_000)=",\
                "FullName":"Test Person \(index)","DOB":"1990-0\(1 + random.next() % 9)-1\(random.next() % 10)",\
                "Gender":"\(random.chance(50) ? "M" : "F")","PhoneNumber":"+234803555\(1000 + random.next() % 9000)",\
                "Address":"\(1 + random.next() % 200) Test Close, Sample Estate, Lagos",\
                "IDNumber":"0000\(random.next() % 10_000_000)","IDType":"NIN","Country":"NG",\
                "ExpirationDate":"203\(random.next() % 10)-12-31"}
                """
            return Array(json.utf8)
        }
    }
}
