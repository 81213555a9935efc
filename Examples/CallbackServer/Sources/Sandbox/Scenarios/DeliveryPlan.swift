/// What the sandbox does for one job, step by step: when Smile ID produces its results (which
/// `job_status` then shows) and which callbacks it sends, how signed.
public enum DeliveryStep: Sendable, Hashable {
    /// From now on `job_status` shows the first `count` produced results.
    case produce(count: Int)
    /// Send a callback.
    case deliver(Delivery)
    /// Send the previous callback again, byte for byte.
    case resendPrevious
}

/// One callback to send.
public struct Delivery: Sendable, Hashable {
    /// Which timestamp the callback is signed with.
    public enum Signing: Sendable, Hashable {
        /// The time of sending; every such delivery of a run gets its own millisecond.
        case now
        /// The run's one shared millisecond (taken when the run starts).
        case sharedMillisecond
        /// The time of sending minus the run's lateness (20 minutes by default).
        case late
        /// The timestamp and signature of the job's first callback, captured.
        case capturedFromFirst
    }

    /// What the body is.
    public enum Body: Sendable, Hashable {
        /// The result as Smile ID produced it.
        case genuine
        /// The result with a padding field, the whole body `bytes` long.
        case padded(bytes: Int)
        /// The result with another code, marked final: no one holding the key sent it.
        case forged(code: String)
    }

    /// The index of the result in the scenario's arrivals.
    public var arrival: Int
    /// How it is signed.
    public var signing: Signing
    /// What it carries.
    public var body: Body
    /// Whether an earlier arrival of the job is the same result, byte for byte once signed
    /// alike (a redelivery in the trail itself).
    public var repeatsEarlierArrival: Bool

    /// Creates a delivery.
    public init(arrival: Int, signing: Signing = .now, body: Body = .genuine, repeatsEarlierArrival: Bool = false) {
        self.arrival = arrival
        self.signing = signing
        self.body = body
        self.repeatsEarlierArrival = repeatsEarlierArrival
    }

    /// The `outcome`s a server following section 2 may answer the first time it receives this.
    public var expectedOutcomes: Set<String> {
        switch (signing, body) {
        case (_, .forged), (.late, _), (.capturedFromFirst, _): ["unconfirmed"]
        case (.sharedMillisecond, _): repeatsEarlierArrival ? ["duplicate"] : ["accepted", "unconfirmed"]
        case (.now, _): ["accepted"]
        }
    }
}

/// The size of a large body: 1.5 MiB, above Smile ID's 1.5 MB.
public let largeBodyBytes = 1_572_864

extension SandboxJob {
    /// The steps of the job under its fault.
    public var plan: [DeliveryStep] {
        let arrivals = scenario.results.indices
        let all = scenario.producedResults.count
        func inOrder(_ indices: some Sequence<Int>, _ delivery: (Int) -> [DeliveryStep]) -> [DeliveryStep] {
            indices.flatMap { [.produce(count: scenario.producedCount(throughArrival: $0))] + delivery($0) }
        }
        switch fault {
        case .clean:
            return inOrder(arrivals) { [.deliver(Delivery(arrival: $0))] }
        case .redelivered:
            return inOrder(arrivals) { [.deliver(Delivery(arrival: $0)), .resendPrevious] }
        case .outOfOrder:
            return [.produce(count: all)] + arrivals.reversed().map { .deliver(Delivery(arrival: $0)) }
        case .sameMillisecond:
            return inOrder(arrivals) { arrival in
                let repeats = scenario.results[..<arrival].contains(scenario.results[arrival])
                return [
                    .deliver(Delivery(arrival: arrival, signing: .sharedMillisecond, repeatsEarlierArrival: repeats))
                ]
            }
        case .late:
            return inOrder(arrivals) { [.deliver(Delivery(arrival: $0, signing: .late))] }
        case .largeBody:
            return inOrder(arrivals) {
                [.deliver(Delivery(arrival: $0, body: $0 == arrivals.last ? .padded(bytes: largeBodyBytes) : .genuine))]
            }
        case .forged:
            let forged = Delivery(arrival: 0, signing: .capturedFromFirst, body: .forged(code: forgedCode))
            return inOrder(arrivals) {
                [.deliver(Delivery(arrival: $0))] + ($0 == 0 ? [.deliver(forged)] : [])
            }
        case .neverDelivered:
            return [.produce(count: all)]
        case .lostLast:
            return inOrder(arrivals.dropLast()) { [.deliver(Delivery(arrival: $0))] } + [.produce(count: all)]
        }
    }

    /// Whether the plan sends a genuine callback of every result the job produces.
    public var deliversEveryResult: Bool {
        let delivered = plan.compactMap { step -> String? in
            guard case .deliver(let delivery) = step, delivery.body != .forged(code: forgedCode) else { return nil }
            return scenario.results[delivery.arrival].code
        }
        return Set(scenario.producedResults.map(\.code)).isSubset(of: delivered)
    }

    /// The code a forged body claims: a final approval of the job type when the job is not
    /// approved, else a final rejection; never one of the job's own codes.
    var forgedCode: String {
        let (approve, reject): (String, String) =
            switch scenario.jobType.rawValue {
            case 1: ("1210", "1211")
            case 2: ("1220", "1221")
            case 4: ("1240", "1242")
            case 5: ("1012", "1013")
            case 8: ("1280", "1281")
            case 9: ("1020", "1022")
            default: ("0810", "0811")
            }
        let own = Set(scenario.results.map(\.code))
        let preferred = scenario.expectedDecision == .approve ? [reject, approve] : [approve, reject]
        return preferred.first { !own.contains($0) } ?? "0999"
    }
}
