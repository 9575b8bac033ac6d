namespace BpjsTk.Data.Synthetic;

/// <summary>A run cannot start as asked (data already there, reference data missing); the message says what to do.</summary>
public sealed class SyntheticDataException(string message) : Exception(message);
