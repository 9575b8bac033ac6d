namespace BpjsTk.Data.Programs;

public enum ProgramCode
{
    /// <summary>Jaminan Kecelakaan Kerja: work accident.</summary>
    JKK,

    /// <summary>Jaminan Kematian: death.</summary>
    JKM,

    /// <summary>Jaminan Hari Tua: old-age savings.</summary>
    JHT,

    /// <summary>Jaminan Pensiun: pension.</summary>
    JP,

    /// <summary>Jaminan Kehilangan Pekerjaan: job loss.</summary>
    JKP,
}
