package com.nordhost.clientarea.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentiles_are_nearest_rank_whatever_the_input_order() {
        double[] oneToHundred = IntStream.rangeClosed(1, 100).map(i -> 101 - i).asDoubleStream().toArray();
        Latencies l = new Latencies(oneToHundred);

        assertThat(l.percentile(50)).isEqualTo(50);
        assertThat(l.percentile(95)).isEqualTo(95);
        assertThat(l.percentile(99)).isEqualTo(99);
        assertThat(l.percentile(100)).isEqualTo(100);
        assertThat(l.max()).isEqualTo(100);
    }

    @Test
    void a_few_values_round_up_to_the_next_rank_and_none_give_nan() {
        Latencies three = new Latencies(new double[] {30, 10, 20});
        assertThat(three.percentile(50)).isEqualTo(20);
        assertThat(three.percentile(95)).isEqualTo(30);
        assertThat(three.percentile(1)).isEqualTo(10);
        assertThat(new Latencies(new double[0]).percentile(95)).isNaN();
    }
}
