// <pa-chart>: a Chart.js chart whose whole definition (type, labels, datasets, stacking)
// comes from the server as JSON through setChart; the dashboard's Java Chart component
// builds it.
import {
  Chart,
  BarController,
  BarElement,
  DoughnutController,
  ArcElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Legend, Tooltip);

const PALETTE = ['#0b6e4f', '#f29e4c', '#4c9be8', '#8e6fd8', '#d64550', '#3bb273', '#e8c547', '#4cc9c0', '#b5838d',
  '#7a8b99', '#ff5d73', '#5c677d', '#c9ada7', '#1b4965'];

class PaChart extends HTMLElement {
  connectedCallback() {
    this.style.display = 'block';
    this.style.position = 'relative';
    if (!this.canvas) {
      this.canvas = document.createElement('canvas');
      this.appendChild(this.canvas);
    }
    if (this.pending) {
      this.setChart(this.pending);
    }
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = undefined;
  }

  setChart(json) {
    if (!this.canvas) {
      this.pending = json;
      return;
    }
    this.pending = undefined;
    const spec = JSON.parse(json);
    this.chart?.destroy();
    const doughnut = spec.type === 'doughnut';
    const datasets = spec.datasets.map((dataset, i) => ({
      ...dataset,
      backgroundColor: doughnut ? spec.labels.map((_, j) => PALETTE[j % PALETTE.length]) : PALETTE[i % PALETTE.length],
    }));
    this.chart = new Chart(this.canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: spec.horizontal ? 'y' : 'x',
        plugins: { legend: { position: 'bottom' }, tooltip: { enabled: true } },
        scales: doughnut
          ? {}
          : {
              x: { stacked: !!spec.stacked },
              y: { stacked: !!spec.stacked, title: { display: !!spec.unit, text: spec.unit } },
            },
      },
    });
    this.dataset.points = String(spec.labels.length);
  }

  /** Saves the chart as a PNG file in the browser, on white rather than transparent. */
  downloadPng(fileName) {
    if (!this.chart) {
      return;
    }
    const picture = document.createElement('canvas');
    picture.width = this.canvas.width;
    picture.height = this.canvas.height;
    const context = picture.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, picture.width, picture.height);
    context.drawImage(this.canvas, 0, 0);
    picture.toBlob((blob) => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    }, 'image/png');
  }
}

customElements.define('pa-chart', PaChart);
