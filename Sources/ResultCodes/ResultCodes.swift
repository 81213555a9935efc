// The ResultCodes module: Smile ID's result and error codes as typed values.
import Models
