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
}
