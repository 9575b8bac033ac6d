namespace BpjsTk.Api.Tests.TestHost;

internal sealed record RecordedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
