namespace BpjsTk.Data.Programs;

public static class ProgramSetExtensions
{
    public static ProgramSet ToSet(this ProgramCode code) => code switch
    {
        ProgramCode.JKK => ProgramSet.JKK,
        ProgramCode.JKM => ProgramSet.JKM,
        ProgramCode.JHT => ProgramSet.JHT,
        ProgramCode.JP => ProgramSet.JP,
        ProgramCode.JKP => ProgramSet.JKP,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown programme."),
    };

    public static IReadOnlyList<ProgramCode> ToCodes(this ProgramSet set) =>
        Enum.GetValues<ProgramCode>().Where(code => (set & code.ToSet()) != 0).ToArray();
}
