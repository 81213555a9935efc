import Foundation
import Models

/// Pools of decoded job results for the verdict and decision benchmarks.
public enum TrailPools {
    /// `count` single callbacks decoded from ``ResultJSON/jobResults(_:seed:)`` (varied job
    /// types, codes, flags and Actions).
    public static func callbacks(_ count: Int, seed: UInt64) -> [JobResult] {
        let decoder = JSONDecoder()
        return ResultJSON.jobResults(count, seed: seed).compactMap {
            try? decoder.decode(JobResult.self, from: Data($0))
        }
    }

    /// `count` three-result Biometric KYC trails (1012, then a provisional 08xx, then a 12xx
    /// with `IsFinalResult: true`), each arriving in one of the six orders.
    public static func biometricKYCTrails(_ count: Int, seed: UInt64) -> [[JobResult]] {
        var random = SeededGenerator(seed: seed)
        let bases = callbacks(64, seed: seed)
        let machine = ["0812", "0814", "0815"]
        let human = ["1210", "1211", "1212", "1213"]
        let orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
        return (0..<count).map { index in
            var base = bases[index % bases.count]
            base.partnerParams.jobType = .biometricKYC
            base.smileJobID = String(format: "%010d", index)
            var results = [base, base, base]
            results[0].resultCode = "1012"
            results[0].isFinalResult = false
            results[1].resultCode = random.pick(machine)
            results[1].isFinalResult = false
            results[2].resultCode = random.pick(human)
            results[2].isFinalResult = true
            return random.pick(orders).map { results[$0] }
        }
    }
}
