namespace BpjsTk.Data.Synthetic;

/// <summary>Independent random streams, one per kind of decision, so adding a draw to one never shifts another.</summary>
internal enum SyntheticStream
{
    RegencyWeight = 1,
    Employer = 2,
    Participant = 3,
    Nik = 4,
    Identifiers = 5,
    Targets = 6,
}
