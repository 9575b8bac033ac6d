namespace BpjsTk.Data.Programs;

public enum ParticipantCategoryCode
{
    /// <summary>Penerima Upah: wage earners, enrolled through an employer.</summary>
    PU,

    /// <summary>Bukan Penerima Upah: non-wage, informal workers.</summary>
    BPU,

    /// <summary>Jasa Konstruksi: workers on construction projects.</summary>
    JAKON,

    /// <summary>Pekerja Migran Indonesia: migrant workers.</summary>
    PMI,
}
