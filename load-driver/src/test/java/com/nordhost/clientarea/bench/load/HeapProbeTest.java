package com.nordhost.clientarea.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapProbeTest {

    @Test
    void reads_the_used_figure_of_g1s_heap_info() {
        String out = """
                20096:
                 garbage-first heap   total 453632K, used 194333K [0x00000000d0000000, 0x0000000100000000)
                  region size 1024K, 62 young (63488K), 19 survivors (19456K)
                """;
        assertThat(HeapProbe.usedKib(out)).isEqualTo(194333);
        assertThat(HeapProbe.usedKib("no heap here")).isEqualTo(-1);
    }

    @Test
    void adds_up_the_generations_of_the_serial_collector_and_ignores_metaspace() {
        String out = """
                24841:
                 def new generation   total 46400K, used 9939K [0x00000000ec000000, 0x00000000ef250000)
                  eden space 41280K,  15% used [0x00000000ec000000, 0x00000000ec626210, 0x00000000ee850000)
                 tenured generation   total 102976K, used 70012K [0x00000000f2aa0000, 0x0000000100000000)
                 Metaspace       used 108697K, committed 109952K, reserved 1179648K
                """;
        assertThat(HeapProbe.usedKib(out)).isEqualTo(9939 + 70012);
    }
}
