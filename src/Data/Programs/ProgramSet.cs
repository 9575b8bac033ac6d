namespace BpjsTk.Data.Programs;

/// <summary>The programmes a participant is enrolled in, one bit each, so "enrolled in JHT" is one indexed-column test.</summary>
[Flags]
public enum ProgramSet
{
    None = 0,
    JKK = 1,
    JKM = 2,
    JHT = 4,
    JP = 8,
    JKP = 16,
}
