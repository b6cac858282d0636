import { createApp } from 'vue';
import '@dvc/core/tokens.css';
import '../../portal.css';
import './dvc-elements-vue.js';
import App from './App.vue';

createApp(App).mount('#app');
